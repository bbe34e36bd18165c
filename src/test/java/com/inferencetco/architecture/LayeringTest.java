package com.inferencetco.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The pipeline's layers, top to bottom: the command line, the job, the reports, the
 * finance pack, the cost model and the store, ingest, and the model and catalogs at the
 * bottom. A layer may use any layer below it, never one above; the packages form no
 * cycle. ({@code generate} writes trial months for the command line only.)
 */
class LayeringTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.inferencetco");

	@Test
	void everyLayerUsesOnlyTheLayersBelowIt() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("cli")
			.definedBy("com.inferencetco.cli..")
			.layer("generate")
			.definedBy("com.inferencetco.generate..")
			.layer("job")
			.definedBy("com.inferencetco.job..")
			.layer("report")
			.definedBy("com.inferencetco.report..")
			.layer("reconcile")
			.definedBy("com.inferencetco.reconcile..")
			.layer("finance")
			.definedBy("com.inferencetco.finance..")
			.layer("cost")
			.definedBy("com.inferencetco.cost..")
			.layer("store")
			.definedBy("com.inferencetco.store..")
			.layer("ingest")
			.definedBy("com.inferencetco.ingest..")
			.layer("model")
			.definedBy("com.inferencetco.model..")
			.layer("catalog")
			.definedBy("com.inferencetco.catalog..")
			.whereLayer("cli")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("generate")
			.mayOnlyBeAccessedByLayers("cli")
			.whereLayer("job")
			.mayOnlyBeAccessedByLayers("cli")
			.whereLayer("report")
			.mayOnlyBeAccessedByLayers("cli", "job")
			.whereLayer("reconcile")
			.mayOnlyBeAccessedByLayers("cli", "job", "report")
			.whereLayer("finance")
			.mayOnlyBeAccessedByLayers("cli", "job", "report")
			.whereLayer("cost")
			.mayOnlyBeAccessedByLayers("cli", "job", "report", "reconcile", "finance")
			.whereLayer("store")
			.mayOnlyBeAccessedByLayers("cli", "job", "report", "reconcile")
			// the reports render the month's model, never the ingest's types (reconcile
			// and
			// store still use a few: issue 30)
			.whereLayer("ingest")
			.mayOnlyBeAccessedByLayers("cli", "job", "reconcile", "store")
			.whereLayer("catalog")
			.mayOnlyBeAccessedByLayers("cli", "job", "report", "reconcile", "finance", "cost", "ingest")
			.check(MAIN);
	}

	@Test
	void packagesFormNoCycle() {
		slices().matching("com.inferencetco.(*)..").should().beFreeOfCycles().check(MAIN);
	}

}
