package com.inferencetco.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import com.inferencetco.ExitCode;
import com.inferencetco.TcoException;
import com.inferencetco.job.DistributedIngest;

/**
 * {@code worker}: serves the ingest partitions of distributed runs from RabbitMQ until it
 * is stopped. The inputs are read through the path the manager recorded, so every worker
 * must see the input folder at the same path (a shared mount). SIGTERM closes it cleanly:
 * the partition in progress is left unfinished, and the run's rerun resumes it.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
		description = "Serve the ingest partitions of distributed runs (run --distributed) from RabbitMQ until stopped.",
		footer = { "", "Settings: --spring.datasource.url=jdbc:postgresql://HOST:5432/DB (the runs' database), "
				+ "--spring.rabbitmq.host=HOST (default 127.0.0.1), --spring.rabbitmq.port, --spring.rabbitmq.username, "
				+ "--spring.rabbitmq.password (default guest/guest)." })
public class WorkerCommand implements java.util.concurrent.Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--config", paramLabel = "FILE", description = "Spring settings (.properties or .yaml).")
	Path config;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() throws Exception {
		for (String argument : springArguments) {
			if (!argument.startsWith("--spring.")
					&& !argument.startsWith("--" + DistributedIngest.QUEUE_PROPERTY + "=")) {
				throw TcoException.usage("unknown option " + argument + " (see worker --help)");
			}
		}
		SpringSettings.checkArguments(springArguments, config);
		if (config == null && springArguments.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
			throw TcoException.usage("worker needs the runs' PostgreSQL database "
					+ "(--spring.datasource.url=jdbc:postgresql://HOST:5432/DB)");
		}
		List<String> arguments = new ArrayList<>(springArguments);
		arguments.add("--inference-tco.worker=true");
		CountDownLatch closed = new CountDownLatch(1);
		ConfigurableApplicationContext context = SpringSettings.start(Path.of("."), config, arguments,
				spec.commandLine().getErr());
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				closed.countDown();
			}
		});
		// SIGTERM: Spring closes the context (the listener stops taking requests), then
		// the
		// process ends with 0, as a service manager expects of a clean stop
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			context.close();
			Runtime.getRuntime().halt(ExitCode.SUCCESS);
		}, "worker shutdown"));
		spec.commandLine()
			.getErr()
			.println("inference-tco: worker serving ingest partitions from RabbitMQ queue "
					+ context.getEnvironment().getProperty(DistributedIngest.QUEUE_PROPERTY, DistributedIngest.QUEUE)
					+ "; stop with SIGTERM");
		closed.await();
		return ExitCode.SUCCESS;
	}

}
