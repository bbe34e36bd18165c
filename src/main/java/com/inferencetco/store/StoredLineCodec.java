package com.inferencetco.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Stored lines as bytes, for the lines of a run and the blocks of a file read in several:
 * one database row holds many lines, so the month costs the database a few hundred rows
 * instead of one per key (each row written costs H2 about as much as the whole month's
 * parsing does per line; BENCHMARKS.md). Texts repeated within one payload (provider,
 * service, account...) are written once and then referred to by number; decimals are
 * exact (unscaled value and scale).
 */
final class StoredLineCodec {

	private static final int VERSION = 1;

	private StoredLineCodec() {
	}

	/**
	 * Encodes lines as rows of at most {@code maxLines} lines and {@code maxBytes} bytes
	 * (a row is read whole, so rows stay small: long resource ids can make 2,000 lines
	 * several MB; such rows are halved), handing each row's lines and payload on in
	 * order.
	 */
	static void encodeInRows(List<StoredLine> lines, int maxLines, int maxBytes,
			BiConsumer<List<StoredLine>, byte[]> row) {
		for (int from = 0; from < lines.size(); from += maxLines) {
			encodeRow(lines.subList(from, Math.min(lines.size(), from + maxLines)), maxBytes, row);
		}
	}

	private static void encodeRow(List<StoredLine> lines, int maxBytes, BiConsumer<List<StoredLine>, byte[]> row) {
		byte[] payload = encode(lines);
		if (payload.length > maxBytes && lines.size() > 1) {
			encodeRow(lines.subList(0, lines.size() / 2), maxBytes, row);
			encodeRow(lines.subList(lines.size() / 2, lines.size()), maxBytes, row);
			return;
		}
		row.accept(lines, payload);
	}

	static byte[] encode(List<StoredLine> lines) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(lines.size() * 120 + 16);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(VERSION);
			out.writeInt(lines.size());
			Map<String, Integer> texts = new HashMap<>();
			for (StoredLine line : lines) {
				out.writeUTF(line.key());
				out.writeInt(line.fileIndex());
				for (String text : new String[] { line.recordKind(), line.category(), line.sourceKind(),
						line.provider(), line.billingAccount(), line.subAccount(), line.service(), line.sku(),
						line.region(), line.resourceId(), line.workload(), line.model(), line.tokenType(), line.unit(),
						line.currency() }) {
					text(out, text, texts);
				}
				out.writeLong(line.usageDay().toEpochDay());
				for (BigDecimal value : new BigDecimal[] { line.quantity(), line.gpuHours(), line.egressGb(),
						line.tokens(), line.cost() }) {
					decimal(out, value);
				}
				out.writeLong(line.firstLine());
				out.writeLong(line.lineCount());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static List<StoredLine> decode(byte[] payload) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
			int version = in.readByte();
			if (version != VERSION) {
				throw new IllegalStateException("stored parts of version " + version + ", expected " + VERSION);
			}
			int count = in.readInt();
			List<StoredLine> lines = new ArrayList<>(count);
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String key = in.readUTF();
				int fileIndex = in.readInt();
				String[] t = new String[15];
				for (int j = 0; j < t.length; j++) {
					t[j] = text(in, texts);
				}
				LocalDate day = LocalDate.ofEpochDay(in.readLong());
				BigDecimal[] d = new BigDecimal[5];
				for (int j = 0; j < d.length; j++) {
					d[j] = decimal(in);
				}
				lines.add(new StoredLine(key, fileIndex, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9],
						t[10], t[11], t[12], day, t[13], t[14], d[0], d[1], d[2], d[3], d[4], in.readLong(),
						in.readLong()));
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A text seen before in this payload as its number, else -1 and the text. */
	private static void text(DataOutputStream out, String text, Map<String, Integer> texts) throws IOException {
		Integer seen = texts.get(text);
		if (seen != null) {
			out.writeInt(seen);
		}
		else {
			texts.put(text, texts.size());
			out.writeInt(-1);
			out.writeUTF(text);
		}
	}

	private static String text(DataInputStream in, List<String> texts) throws IOException {
		int seen = in.readInt();
		if (seen >= 0) {
			return texts.get(seen);
		}
		String text = in.readUTF();
		texts.add(text);
		return text;
	}

	private static void decimal(DataOutputStream out, BigDecimal value) throws IOException {
		byte[] unscaled = value.unscaledValue().toByteArray();
		out.writeInt(value.scale());
		out.writeShort(unscaled.length);
		out.write(unscaled);
	}

	private static BigDecimal decimal(DataInputStream in) throws IOException {
		int scale = in.readInt();
		byte[] unscaled = new byte[in.readShort()];
		in.readFully(unscaled);
		return new BigDecimal(new BigInteger(unscaled), scale);
	}

}
