package com.inferencetco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

import com.inferencetco.TcoApplication;
import com.inferencetco.TcoException;
import com.inferencetco.job.ProgressOutput;

/**
 * Where the Spring settings of a run come from: the jar's own
 * {@code application.properties}, the {@code --config} file the user names, and
 * {@code --spring.*} options on the command line; never the working directory or the
 * input folder, which may be an export folder someone else filled (Boot would read
 * ./application.properties and ./config/ by default). The database URL, wherever it comes
 * from, may not make H2 run code at connection time.
 */
final class SpringSettings {

	private SpringSettings() {
	}

	/** The H2 URL settings that run SQL or Java when a connection opens. */
	private static final List<String> CODE_IN_URL = List.of("INIT=", "RUNSCRIPT", "ALIAS", "JAVA_OBJECT_SERIALIZER");

	/** Checks the Spring options of the command line before anything starts (exit 2). */
	static void checkArguments(List<String> springArguments, Path config) {
		for (String argument : springArguments) {
			if (argument.startsWith("--spring.config.")) {
				throw TcoException.usage(argument.substring(0, Math.max(argument.indexOf('='), 2))
						+ ": settings files are named with --config FILE (the tool reads no others)");
			}
			if (argument.startsWith("--spring.datasource.url=")) {
				checkUrl(argument.substring("--spring.datasource.url=".length()), "--spring.datasource.url");
			}
		}
		if (config != null) {
			checkConfig(config);
		}
		String fromEnvironment = System.getenv("SPRING_DATASOURCE_URL");
		if (fromEnvironment != null) {
			checkUrl(fromEnvironment, "SPRING_DATASOURCE_URL");
		}
	}

	/**
	 * Reads the --config file as Spring will, to refuse a bad URL before anything starts.
	 */
	private static void checkConfig(Path config) {
		if (!Files.isRegularFile(config)) {
			throw TcoException.usage("--config " + config + ": no such file (expected a .properties or .yaml file)");
		}
		String name = config.getFileName().toString().toLowerCase(Locale.ROOT);
		PropertySourceLoader loader = name.endsWith(".yaml") || name.endsWith(".yml") ? new YamlPropertySourceLoader()
				: new PropertiesPropertySourceLoader();
		try {
			for (PropertySource<?> source : loader.load(name, new FileSystemResource(config))) {
				Object url = source.getProperty("spring.datasource.url");
				if (url != null) {
					checkUrl(url.toString(), config + ": spring.datasource.url");
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof TcoException known) {
				throw known;
			}
			throw TcoException.usage("--config " + config + ": cannot read the settings: " + ex.getMessage());
		}
	}

	static ConfigurableApplicationContext start(Path dataDir, Path config, List<String> springArguments,
			PrintWriter err) {
		Map<String, Object> defaults = new HashMap<>();
		// H2 compacts the file when the run closes it (a few tenths of a second): without
		// that pass, each rerun of a
		// month left the file tens of megabytes larger (RerunsKeepTheDatabaseSmallTest)
		defaults.put("spring.datasource.url", embeddedUrl(dataDir));
		defaults.put("spring.datasource.username", "sa");
		defaults.put("spring.datasource.password", "");
		List<String> arguments = new ArrayList<>(springArguments);
		arguments.add(0, "--spring.config.location=classpath:/application.properties"
				+ (config == null ? "" : ",file:" + config.toAbsolutePath().normalize()));
		return new SpringApplicationBuilder(TcoApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(defaults)
			.initializers(
					context -> context.getBeanFactory().registerSingleton("progressOutput", new ProgressOutput(err)))
			.run(arguments.toArray(String[]::new));
	}

	/** The embedded database's files, which H2 would write through a link. */
	private static final List<String> DATABASE_FILES = List.of("tco.mv.db", "tco.trace.db", "tco.lock.db");

	/**
	 * The --data folder as the embedded database's URL. H2 reads settings after a ';' in
	 * its URL (INIT=RUNSCRIPT runs a script), so a folder whose path holds one is refused
	 * rather than pasted in: a folder is a path, never settings. H2 writes its files
	 * through links, so a database file that is a link is refused too.
	 */
	static String embeddedUrl(Path dataDir) {
		String path = dataDir.resolve("tco").toString();
		if (path.indexOf(';') >= 0) {
			throw TcoException.usage("--data " + dataDir + ": a folder whose path holds ';' cannot hold the embedded "
					+ "database (its URL would read what follows as settings); choose a folder without ';'");
		}
		for (String name : DATABASE_FILES) {
			if (Files.isSymbolicLink(dataDir.resolve(name))) {
				throw TcoException.usage("--data " + dataDir + ": " + name + " is a symbolic link; refused, as the "
						+ "database would write the file it points to (expected the database file itself)");
			}
		}
		return "jdbc:h2:file:" + path + ";DB_CLOSE_ON_EXIT=FALSE";
	}

	private static void checkUrl(String url, String where) {
		String upper = url.toUpperCase(Locale.ROOT);
		if (upper.startsWith("JDBC:H2:")) {
			for (String setting : CODE_IN_URL) {
				if (upper.contains(setting)) {
					throw TcoException.usage(where + ": the H2 URL carries " + setting.replace("=", "")
							+ ", which runs code when the database opens; refused (expected jdbc:h2:file:PATH with "
							+ "plain settings, or --data DIR)");
				}
			}
		}
	}

}
