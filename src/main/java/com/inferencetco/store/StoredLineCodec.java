package com.inferencetco.store;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
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

import com.inferencetco.model.NormalizedLine;

/**
 * Stored lines as bytes, for the lines of a run and the blocks of a file read in several:
 * one database row holds many lines, so the month costs the database a few hundred rows
 * instead of one per key (each row written costs H2 about as much as the whole month's
 * parsing does per line; BENCHMARKS.md). Texts repeated within one payload (provider,
 * service, account...) are written once and then referred to by number; decimals are
 * exact (unscaled value and scale, the unscaled value as a long when it fits). Version 2
 * writes into a plain array with numbers as variable-length integers: the stream classes
 * of version 1 made encoding the larger part of storing a block. Version 3 adds a token
 * line's hour and days after its day. Versions 1 and 2 are still read (the blocks of a
 * run stopped before an upgrade, the months stored before): their lines name no hour.
 */
final class StoredLineCodec {

	private static final int VERSION_1 = 1;

	private static final int VERSION_2 = 2;

	private static final int VERSION = 3;

	/** Texts of a line: kind, category, source ... unit, currency. */
	private static final int TEXTS = 15;

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
		PayloadOut out = new PayloadOut(lines.size() * 160 + 16);
		out.varInt(VERSION);
		out.varInt(lines.size());
		Map<String, Integer> numbers = new HashMap<>();
		// the text each column had on the line before, and its number: most columns
		// repeat the same instance, found without hashing
		String[] lastText = new String[TEXTS];
		int[] lastNumber = new int[TEXTS];
		String[] texts = new String[TEXTS];
		for (StoredLine line : lines) {
			out.key(line.key());
			out.varInt(line.fileIndex());
			texts(line, texts);
			for (int j = 0; j < TEXTS; j++) {
				String text = texts[j];
				if (text != lastText[j]) {
					Integer seen = numbers.get(text);
					lastText[j] = text;
					if (seen == null) {
						lastNumber[j] = numbers.size();
						numbers.put(text, numbers.size());
						// 0 announces a new text; a text seen before is its number + 1
						out.varInt(0);
						out.text(text);
						continue;
					}
					lastNumber[j] = seen;
				}
				out.varInt(lastNumber[j] + 1);
			}
			out.varLong(line.usageDay().toEpochDay());
			out.varInt(line.usageHour());
			out.varInt(line.spanDays());
			out.decimal(line.quantity());
			out.decimal(line.gpuHours());
			out.decimal(line.egressGb());
			out.decimal(line.tokens());
			out.decimal(line.cost());
			out.varLong(line.firstLine());
			out.varLong(line.lineCount());
		}
		return out.toByteArray();
	}

	private static void texts(StoredLine line, String[] texts) {
		texts[0] = line.recordKind();
		texts[1] = line.category();
		texts[2] = line.sourceKind();
		texts[3] = line.provider();
		texts[4] = line.billingAccount();
		texts[5] = line.subAccount();
		texts[6] = line.service();
		texts[7] = line.sku();
		texts[8] = line.region();
		texts[9] = line.resourceId();
		texts[10] = line.workload();
		texts[11] = line.model();
		texts[12] = line.tokenType();
		texts[13] = line.unit();
		texts[14] = line.currency();
	}

	static List<StoredLine> decode(byte[] payload) {
		if (payload.length > 0 && payload[0] == VERSION_1) {
			return decodeVersion1(payload);
		}
		PayloadIn in = new PayloadIn(payload);
		int version = in.varInt();
		if (version != VERSION && version != VERSION_2) {
			throw new IllegalStateException("stored lines of version " + version + ", expected " + VERSION);
		}
		int count = in.varInt();
		List<StoredLine> lines = new ArrayList<>(count);
		List<String> texts = new ArrayList<>();
		String[] t = new String[TEXTS];
		for (int i = 0; i < count; i++) {
			String key = in.key();
			int fileIndex = in.varInt();
			for (int j = 0; j < TEXTS; j++) {
				int number = in.varInt();
				if (number == 0) {
					t[j] = in.text();
					texts.add(t[j]);
				}
				else {
					t[j] = texts.get(number - 1);
				}
			}
			LocalDate day = LocalDate.ofEpochDay(in.varLong());
			int hour = version == VERSION ? in.varInt() : NormalizedLine.NO_HOUR;
			int days = version == VERSION ? in.varInt() : 1;
			lines.add(new StoredLine(key, fileIndex, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10],
					t[11], t[12], day, hour, days, t[13], t[14], in.decimal(), in.decimal(), in.decimal(), in.decimal(),
					in.decimal(), in.varLong(), in.varLong()));
		}
		return lines;
	}

	private static List<StoredLine> decodeVersion1(byte[] payload) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
			in.readByte();
			int count = in.readInt();
			List<StoredLine> lines = new ArrayList<>(count);
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String key = in.readUTF();
				int fileIndex = in.readInt();
				String[] t = new String[TEXTS];
				for (int j = 0; j < t.length; j++) {
					t[j] = textVersion1(in, texts);
				}
				LocalDate day = LocalDate.ofEpochDay(in.readLong());
				BigDecimal[] d = new BigDecimal[5];
				for (int j = 0; j < d.length; j++) {
					d[j] = decimalVersion1(in);
				}
				lines.add(new StoredLine(key, fileIndex, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9],
						t[10], t[11], t[12], day, NormalizedLine.NO_HOUR, 1, t[13], t[14], d[0], d[1], d[2], d[3], d[4],
						in.readLong(), in.readLong()));
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String textVersion1(DataInputStream in, List<String> texts) throws IOException {
		int seen = in.readInt();
		if (seen >= 0) {
			return texts.get(seen);
		}
		String text = in.readUTF();
		texts.add(text);
		return text;
	}

	private static BigDecimal decimalVersion1(DataInputStream in) throws IOException {
		int scale = in.readInt();
		byte[] unscaled = new byte[in.readShort()];
		in.readFully(unscaled);
		return new BigDecimal(new BigInteger(unscaled), scale);
	}

}
