package com.inferencetco.job;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

import com.inferencetco.ExitCode;
import com.inferencetco.TcoException;
import com.inferencetco.store.RunRepository;

/**
 * Ingest spread over worker processes: Spring Batch's remote partitioning over RabbitMQ.
 * The manager ({@code run --distributed}) sends one request per partition (a file, or a
 * piece of a large one) to the queue {@value #QUEUE} and polls the job repository, which
 * the workers share (PostgreSQL), until every partition has completed or the worker
 * timeout has passed. A worker ({@code worker}) takes one request at a time and runs the
 * same {@code ingestFileStep} the local run runs. A request names the step and its
 * execution; it travels as text ({@code ingestFileStep:42}), never as a serialized
 * object.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${inference-tco.distributed:false} or ${inference-tco.worker:false}")
@EnableIntegration
public class DistributedIngest {

	/**
	 * The queue the partition requests go through, unless {@code --inference-tco.queue}
	 * names another.
	 */
	public static final String QUEUE = "inference-tco.partitions";

	/**
	 * The property that names another queue (one per database when several share a
	 * broker).
	 */
	public static final String QUEUE_PROPERTY = "inference-tco.queue";

	@Bean
	CachingConnectionFactory rabbitConnectionFactory(@Value("${spring.rabbitmq.host:127.0.0.1}") String host,
			@Value("${spring.rabbitmq.port:5672}") int port, @Value("${spring.rabbitmq.username:guest}") String user,
			@Value("${spring.rabbitmq.password:guest}") String password,
			@Value("${spring.rabbitmq.virtual-host:/}") String virtualHost,
			@Value("${" + QUEUE_PROPERTY + ":" + QUEUE + "}") String queue) {
		CachingConnectionFactory factory = new CachingConnectionFactory(host, port);
		factory.setUsername(user);
		factory.setPassword(password);
		factory.setVirtualHost(virtualHost);
		// declared at once, so that a request sent before any worker listens waits in the
		// queue
		try {
			new RabbitAdmin(factory).declareQueue(new Queue(queue, true));
		}
		catch (AmqpException ex) {
			factory.destroy();
			throw new TcoException(ExitCode.UNEXPECTED, "RabbitMQ did not answer at " + host + ":" + port
					+ " (--spring.rabbitmq.host, --spring.rabbitmq.port, username and password): " + ex.getMessage(),
					ex);
		}
		return factory;
	}

	@Bean
	DirectChannel partitionRequests() {
		return new DirectChannel();
	}

	/** Manager: the partition requests, as text, to the queue. */
	@Bean
	@ConditionalOnProperty(name = "inference-tco.distributed", havingValue = "true")
	IntegrationFlow partitionRequestsToQueue(ConnectionFactory connectionFactory, DirectChannel partitionRequests,
			@Value("${" + QUEUE_PROPERTY + ":" + QUEUE + "}") String queue) {
		return IntegrationFlow.from(partitionRequests)
			.transform(StepExecutionRequest.class, r -> r.getStepName() + ":" + r.getStepExecutionId())
			.handle(Amqp.outboundAdapter(new RabbitTemplate(connectionFactory)).routingKey(queue))
			.get();
	}

	/**
	 * Manager: the ingest step sends its partitions to the workers and polls the job
	 * repository for their end; with none finished in the worker timeout it fails.
	 */
	@Bean
	@ConditionalOnProperty(name = "inference-tco.distributed", havingValue = "true")
	Step ingestExportsStep(JobRepository jobRepository, InputFilePartitioner partitioner, BeanFactory beanFactory,
			RunRepository store, ProgressReporter progress, DirectChannel partitionRequests,
			@Value("${inference-tco.worker-timeout:600000}") long workerTimeoutMillis) {
		return new RemotePartitioningManagerStepBuilder("ingestExportsStep", jobRepository)
			.partitioner("ingestFileStep", partitioner)
			.gridSize(1)
			.outputChannel(partitionRequests)
			.pollInterval(500)
			.timeout(workerTimeoutMillis)
			.beanFactory(beanFactory)
			.listener(new IngestProgressListener(progress, store))
			.build();
	}

	/** Worker: one request at a time from the queue, run by the step it names. */
	@Bean
	@ConditionalOnProperty(name = "inference-tco.worker", havingValue = "true")
	IntegrationFlow partitionRequestsFromQueue(ConnectionFactory connectionFactory, JobRepository jobRepository,
			BeanFactory beanFactory, @Value("${" + QUEUE_PROPERTY + ":" + QUEUE + "}") String queue) {
		BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
		steps.setBeanFactory(beanFactory);
		StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
		handler.setJobRepository(jobRepository);
		handler.setStepLocator(steps);
		return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, queue)
			// one partition at a time; a request that fails is dropped, not redelivered
			// forever: the
			// manager's restart sends the partition again
			.configureContainer(
					container -> container.prefetchCount(1).concurrentConsumers(1).defaultRequeueRejected(false)))
			.transform(String.class, DistributedIngest::request)
			.handle(StepExecutionRequest.class, (request, headers) -> {
				// a request left in the queue by a run that has since been restarted
				// names a partition
				// that is no longer waiting: it is not run twice
				StepExecution step = jobRepository.getStepExecution(request.getStepExecutionId());
				if (step != null && step.getStatus() == BatchStatus.STARTING) {
					handler.handle(request);
				}
				return null;
			})
			.get();
	}

	static StepExecutionRequest request(String text) {
		int colon = text.lastIndexOf(':');
		return new StepExecutionRequest(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
	}

}
