package com.inferencetco.cost;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.inferencetco.TcoException;

/**
 * How shared costs are allocated to workloads for showback, and who owns each workload,
 * from the assumptions:
 *
 * <pre>
 * owners: {support-chat: customer-care, code-assist: developer-platform}
 * allocation:
 *   method: cost            # cost (default), tokens, gpu-hours or fixed
 *   shared: [platform]      # workloads whose cost is shared (default: those that serve no inference)
 *   shares: {support-chat: 0.6, code-assist: 0.4}   # with method fixed; they add up to 1
 * </pre>
 *
 * @param shared the workloads named shared; empty means the default (workloads that serve
 * no inference)
 */
public record AllocationRules(Method method, List<String> shared, Map<String, BigDecimal> shares,
		Map<String, String> owners) {

	/** What a workload's share of the shared costs is proportional to. */
	public enum Method {

		COST("cost"), TOKENS("tokens"), GPU_HOURS("gpu-hours"), FIXED("fixed");

		private final String id;

		Method(String id) {
			this.id = id;
		}

		public String id() {
			return id;
		}

	}

	public static final AllocationRules DEFAULT = new AllocationRules(Method.COST, List.of(), Map.of(), Map.of());

	/**
	 * The workload's owner (team or cost centre): the assumptions' owners, else the
	 * workload itself.
	 */
	public String ownerOf(String workload) {
		return owners.getOrDefault(workload, workload);
	}

	static AllocationRules parse(String origin, Object owners, Object allocation) {
		Map<String, String> ownerMap = new LinkedHashMap<>();
		if (owners != null) {
			if (!(owners instanceof Map<?, ?> map)) {
				throw TcoException.usage(origin + ": key 'owners': expected a mapping of workload to team, such as "
						+ "{support-chat: customer-care}");
			}
			map.forEach((k, v) -> ownerMap.put(String.valueOf(k), String.valueOf(v)));
		}
		if (allocation == null) {
			return new AllocationRules(Method.COST, List.of(), Map.of(), Map.copyOf(ownerMap));
		}
		if (!(allocation instanceof Map<?, ?> given)) {
			throw TcoException.usage(origin + ": key 'allocation': expected a mapping with method, shared and shares");
		}
		Map<String, Object> rest = new LinkedHashMap<>();
		given.forEach((k, v) -> rest.put(String.valueOf(k), v));
		Method method = method(origin, rest.remove("method"));
		List<String> shared = list(origin, rest.remove("shared"));
		Map<String, BigDecimal> shares = shares(origin, rest.remove("shares"));
		if (!rest.isEmpty()) {
			throw TcoException.usage(origin + ": key 'allocation': unknown key(s) " + rest.keySet()
					+ "; expected method, shared, shares");
		}
		if (method == Method.FIXED) {
			BigDecimal total = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			if (shares.isEmpty() || total.compareTo(BigDecimal.ONE) != 0) {
				throw TcoException.usage(origin + ": key 'allocation.shares': with method fixed, the shares of the "
						+ "workloads must add up to 1, found " + total.toPlainString());
			}
		}
		else if (!shares.isEmpty()) {
			throw TcoException.usage(origin + ": key 'allocation.shares': given with method " + method.id()
					+ "; shares are for method fixed");
		}
		return new AllocationRules(method, shared, Map.copyOf(shares), Map.copyOf(ownerMap));
	}

	private static Method method(String origin, Object given) {
		if (given == null) {
			return Method.COST;
		}
		for (Method m : Method.values()) {
			if (m.id.equals(String.valueOf(given).strip())) {
				return m;
			}
		}
		throw TcoException.usage(
				origin + ": key 'allocation.method': expected cost, tokens, gpu-hours or fixed, found '" + given + "'");
	}

	private static List<String> list(String origin, Object given) {
		if (given == null) {
			return List.of();
		}
		if (!(given instanceof List<?> items)) {
			throw TcoException
				.usage(origin + ": key 'allocation.shared': expected a list of workloads, such as [platform]");
		}
		return items.stream().map(String::valueOf).toList();
	}

	private static Map<String, BigDecimal> shares(String origin, Object given) {
		Map<String, BigDecimal> shares = new LinkedHashMap<>();
		if (given == null) {
			return shares;
		}
		if (!(given instanceof Map<?, ?> map)) {
			throw TcoException
				.usage(origin + ": key 'allocation.shares': expected a mapping such as {support-chat: 0.6}");
		}
		map.forEach((k, v) -> {
			BigDecimal share;
			try {
				share = new BigDecimal(String.valueOf(v).strip());
			}
			catch (NumberFormatException ex) {
				throw TcoException.usage(origin + ": key 'allocation.shares." + k
						+ "': expected a share between 0 and 1, " + "found '" + v + "'");
			}
			if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
				throw TcoException.usage(origin + ": key 'allocation.shares." + k
						+ "': expected a share between 0 and 1, " + "found " + share.toPlainString());
			}
			shares.put(String.valueOf(k), share);
		});
		return shares;
	}
}
