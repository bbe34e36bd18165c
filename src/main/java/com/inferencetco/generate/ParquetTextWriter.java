package com.inferencetco.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small Parquet writer for the generator: every column OPTIONAL BYTE_ARRAY annotated as
 * UTF-8 text (so amounts stay the exact decimals the CSV holds), PLAIN values, RLE
 * definition levels, uncompressed pages, one data page per column per row group. Enough
 * for realistic benchmark inputs; the reader (Hardwood) handles what real exports add
 * (dictionaries, Snappy, DOUBLE and DECIMAL costs, maps). The footer is Thrift's compact
 * protocol, written by hand.
 */
final class ParquetTextWriter implements AutoCloseable {

	private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

	private static final int ROWS_PER_GROUP = 5_000;

	private final OutputStream out;

	private final List<String> columns;

	private final List<ByteArrayOutputStream> values = new ArrayList<>();

	private final List<BitSet> present = new ArrayList<>();

	private final List<RowGroup> groups = new ArrayList<>();

	private long position;

	private int rowsInGroup;

	private long rows;

	ParquetTextWriter(OutputStream out, List<String> columns) throws IOException {
		this.out = out;
		this.columns = List.copyOf(columns);
		write(MAGIC);
		startGroup();
	}

	/** One row: a value per column, null for a missing value. */
	void row(List<String> row) throws IOException {
		for (int c = 0; c < columns.size(); c++) {
			String value = c < row.size() ? row.get(c) : null;
			if (value != null && !value.isEmpty()) {
				byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
				ByteArrayOutputStream column = values.get(c);
				writeIntLe(column, bytes.length);
				column.write(bytes);
				present.get(c).set(rowsInGroup);
			}
		}
		rowsInGroup++;
		rows++;
		if (rowsInGroup == ROWS_PER_GROUP) {
			flushGroup();
			startGroup();
		}
	}

	@Override
	public void close() throws IOException {
		if (rowsInGroup > 0) {
			flushGroup();
		}
		ThriftCompact footer = new ThriftCompact();
		footer.field(1, ThriftCompact.I32).i32(1); // version
		footer.field(2, ThriftCompact.LIST).listHeader(columns.size() + 1, ThriftCompact.STRUCT);
		footer.begin()
			.field(4, ThriftCompact.BINARY)
			.string("schema")
			.field(5, ThriftCompact.I32)
			.i32(columns.size())
			.stop();
		for (String column : columns) {
			footer.begin()
				.field(1, ThriftCompact.I32)
				.i32(6) // BYTE_ARRAY
				.field(3, ThriftCompact.I32)
				.i32(1) // OPTIONAL
				.field(4, ThriftCompact.BINARY)
				.string(column)
				.field(6, ThriftCompact.I32)
				.i32(0) // converted type UTF8
				.stop();
		}
		footer.field(3, ThriftCompact.I64).i64(rows);
		footer.field(4, ThriftCompact.LIST).listHeader(groups.size(), ThriftCompact.STRUCT);
		for (RowGroup group : groups) {
			footer.begin().field(1, ThriftCompact.LIST).listHeader(columns.size(), ThriftCompact.STRUCT);
			for (int c = 0; c < columns.size(); c++) {
				ColumnChunk chunk = group.chunks.get(c);
				footer.begin()
					.field(2, ThriftCompact.I64)
					.i64(chunk.offset)
					.field(3, ThriftCompact.STRUCT)
					.field(1, ThriftCompact.I32)
					.i32(6)
					.field(2, ThriftCompact.LIST)
					.listHeader(2, ThriftCompact.I32)
					.i32(0)
					.i32(3) // PLAIN, RLE
					.field(3, ThriftCompact.LIST)
					.listHeader(1, ThriftCompact.BINARY)
					.string(columns.get(c))
					.field(4, ThriftCompact.I32)
					.i32(0) // UNCOMPRESSED
					.field(5, ThriftCompact.I64)
					.i64(group.rows)
					.field(6, ThriftCompact.I64)
					.i64(chunk.size)
					.field(7, ThriftCompact.I64)
					.i64(chunk.size)
					.field(9, ThriftCompact.I64)
					.i64(chunk.offset)
					.stop() // ColumnMetaData
					.stop(); // ColumnChunk
			}
			footer.field(2, ThriftCompact.I64).i64(group.bytes).field(3, ThriftCompact.I64).i64(group.rows).stop();
		}
		footer.field(6, ThriftCompact.BINARY).string("inference-tco generate").stop(); // FileMetaData
		byte[] bytes = footer.toByteArray();
		write(bytes);
		ByteArrayOutputStream length = new ByteArrayOutputStream(4);
		writeIntLe(length, bytes.length);
		write(length.toByteArray());
		write(MAGIC);
		out.close();
	}

	private void startGroup() {
		values.clear();
		present.clear();
		for (int c = 0; c < columns.size(); c++) {
			values.add(new ByteArrayOutputStream(1 << 12));
			present.add(new BitSet(ROWS_PER_GROUP));
		}
		rowsInGroup = 0;
	}

	private void flushGroup() throws IOException {
		List<ColumnChunk> chunks = new ArrayList<>();
		long groupBytes = 0;
		for (int c = 0; c < columns.size(); c++) {
			ByteArrayOutputStream page = new ByteArrayOutputStream();
			byte[] levels = present.get(c).rle(rowsInGroup);
			writeIntLe(page, levels.length);
			page.write(levels);
			values.get(c).writeTo(page);
			byte[] body = page.toByteArray();
			ThriftCompact header = new ThriftCompact();
			header.field(1, ThriftCompact.I32)
				.i32(0) // DATA_PAGE
				.field(2, ThriftCompact.I32)
				.i32(body.length)
				.field(3, ThriftCompact.I32)
				.i32(body.length)
				.field(5, ThriftCompact.STRUCT)
				.field(1, ThriftCompact.I32)
				.i32(rowsInGroup)
				.field(2, ThriftCompact.I32)
				.i32(0) // PLAIN
				.field(3, ThriftCompact.I32)
				.i32(3) // RLE definition levels
				.field(4, ThriftCompact.I32)
				.i32(3)
				.stop()
				.stop();
			byte[] head = header.toByteArray();
			long offset = position;
			write(head);
			write(body);
			chunks.add(new ColumnChunk(offset, head.length + body.length));
			groupBytes += head.length + body.length;
		}
		groups.add(new RowGroup(chunks, rowsInGroup, groupBytes));
	}

	private void write(byte[] bytes) throws IOException {
		out.write(bytes);
		position += bytes.length;
	}

	private static void writeIntLe(ByteArrayOutputStream out, int value) {
		out.write(value);
		out.write(value >>> 8);
		out.write(value >>> 16);
		out.write(value >>> 24);
	}

	private record ColumnChunk(long offset, long size) {
	}

	private record RowGroup(List<ColumnChunk> chunks, long rows, long bytes) {
	}

	/** Definition levels of one column (1 present, 0 null) as RLE runs of bit width 1. */
	private static final class BitSet {

		private final java.util.BitSet bits;

		BitSet(int size) {
			this.bits = new java.util.BitSet(size);
		}

		void set(int index) {
			bits.set(index);
		}

		byte[] rle(int count) {
			ByteArrayOutputStream runs = new ByteArrayOutputStream();
			int i = 0;
			while (i < count) {
				boolean value = bits.get(i);
				int end = value ? bits.nextClearBit(i) : bits.nextSetBit(i);
				end = end < 0 || end > count ? count : end;
				// run header: length << 1, RLE flag 0
				ThriftCompact.varint(runs, (long) (end - i) << 1);
				runs.write(value ? 1 : 0);
				i = end;
			}
			return runs.toByteArray();
		}

	}

}
