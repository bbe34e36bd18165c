-- Business tables of the month-end job. Portable between H2 and PostgreSQL; created if missing on every start.
-- run_id is the Spring Batch job instance id: a restart keeps it, a rerun of the month gets a new one, and the
-- rows of superseded runs of the month are deleted once the new run has completed.

CREATE TABLE IF NOT EXISTS tco_input_file (
	run_id BIGINT NOT NULL,
	file_index INT NOT NULL,
	billing_month VARCHAR(7) NOT NULL,
	relative_path VARCHAR(2000) NOT NULL,
	format VARCHAR(40) NOT NULL,
	sha256 VARCHAR(64) NOT NULL,
	size_bytes BIGINT NOT NULL,
	rows_read BIGINT NOT NULL,
	rows_normalized BIGINT NOT NULL,
	rows_rejected BIGINT NOT NULL,
	PRIMARY KEY (run_id, file_index)
);

-- Added after the first release: where a zip entry lives (the archive's path and the entry name).
ALTER TABLE tco_input_file ADD COLUMN IF NOT EXISTS disk_path VARCHAR(2000);
ALTER TABLE tco_input_file ADD COLUMN IF NOT EXISTS entry_name VARCHAR(2000);
-- Added with ingest in blocks: records stored for the file (a row can give several), to check after a crash.
ALTER TABLE tco_input_file ADD COLUMN IF NOT EXISTS records_stored BIGINT DEFAULT 0 NOT NULL;
-- Added with ingest at a large account's cardinality: the file's blocks are summed into its pages (see below).
ALTER TABLE tco_input_file ADD COLUMN IF NOT EXISTS parts_merged BOOLEAN DEFAULT FALSE NOT NULL;
-- Paths below deep folders exceed 2,000 characters (Linux allows 4,096): widened in place, cheap on this small table.
ALTER TABLE tco_input_file ALTER COLUMN relative_path SET DATA TYPE VARCHAR(8000);
ALTER TABLE tco_input_file ALTER COLUMN disk_path SET DATA TYPE VARCHAR(8000);
ALTER TABLE tco_input_file ALTER COLUMN entry_name SET DATA TYPE VARCHAR(8000);

-- Invoiced cost per file and currency: read = normalized + rejected is the reconciliation.
CREATE TABLE IF NOT EXISTS tco_file_cost (
	run_id BIGINT NOT NULL,
	file_index INT NOT NULL,
	currency VARCHAR(3) NOT NULL,
	source_cost DECIMAL(38, 18) NOT NULL,
	normalized_cost DECIMAL(38, 18) NOT NULL,
	rejected_cost DECIMAL(38, 18) NOT NULL,
	PRIMARY KEY (run_id, file_index, currency)
);

-- Normalized records at the grain of (file, day, account, service, SKU, region, resource, workload, model, token
-- type). Aggregating in the stream at that grain keeps drill-down to a resource and a day, while storing every raw
-- line would be the slowest path (one insert per bill line); first_line and line_count point back to the source.
-- The lines are packed: each page holds up to 2,000 lines of one file in key order, encoded in payload
-- (StoredLineCodec), line_rows of them standing for line_count source lines; exchange_rates marks the pages holding
-- rates. A row per line (tco_cost_line before) cost H2 7.5-11 s to write for 590,000 lines (BENCHMARKS.md); a
-- database that has it is converted to pages when a run starts (LinePageUpgrade).
CREATE TABLE IF NOT EXISTS tco_line_page (
	run_id BIGINT NOT NULL,
	file_index INT NOT NULL,
	page INT NOT NULL,
	line_rows INT NOT NULL,
	line_count BIGINT NOT NULL,
	exchange_rates BOOLEAN NOT NULL,
	payload BYTEA NOT NULL,
	PRIMARY KEY (run_id, file_index, page)
);

-- The billed cost of each file's stored lines per currency, written with its pages: the months before and whether a
-- month has any bill are read from here, not by decoding every page.
CREATE TABLE IF NOT EXISTS tco_line_cost (
	run_id BIGINT NOT NULL,
	file_index INT NOT NULL,
	currency VARCHAR(3) NOT NULL,
	bill_cost DECIMAL(38, 18) NOT NULL,
	bill_lines BIGINT NOT NULL,
	PRIMARY KEY (run_id, file_index, currency)
);

-- The records of a file read in several blocks, until its last block: each block's lines of one bucket (the key's
-- first two hex digits) as one row, the lines encoded in payload (StoredLineCodec), line_rows of them standing for
-- line_count source lines. The last block merges the buckets in order, summing each key's lines, into the file's
-- pages (the file is then marked parts_merged, and its blocks are cleared once the whole ingest is done). A row per block and
-- bucket instead of one per block and key: each row written costs H2 the same whatever it holds (BENCHMARKS.md).
-- tco_cost_part held a row per block and key before: its rows, of a run stopped mid-file before an upgrade, are gone,
-- and the counters of such a file then make the resume read it again.
DROP TABLE IF EXISTS tco_cost_part;
CREATE TABLE IF NOT EXISTS tco_cost_block (
	run_id BIGINT NOT NULL,
	file_index INT NOT NULL,
	bucket INT NOT NULL,
	line_rows INT NOT NULL,
	line_count BIGINT NOT NULL,
	payload BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS tco_cost_block_bucket ON tco_cost_block (run_id, file_index, bucket);

CREATE TABLE IF NOT EXISTS tco_rejected_row (
	run_id BIGINT NOT NULL,
	file_index INT NOT NULL,
	line_number BIGINT NOT NULL,
	column_name VARCHAR(300),
	reason VARCHAR(2000) NOT NULL,
	cost DECIMAL(38, 18),
	currency VARCHAR(3),
	excerpt VARCHAR(1000),
	PRIMARY KEY (run_id, file_index, line_number)
);

-- The completed run that currently stands for each month (month-over-month history reads from here).
CREATE TABLE IF NOT EXISTS tco_month_run (
	billing_month VARCHAR(7) NOT NULL PRIMARY KEY,
	run_id BIGINT NOT NULL,
	completed_at TIMESTAMP NOT NULL
);

-- Files below the input folder that a run did not read, and why (duplicates, manifests, lock files...).
CREATE TABLE IF NOT EXISTS tco_skipped_input (
	run_id BIGINT NOT NULL,
	seq INT NOT NULL,
	relative_path VARCHAR(8000) NOT NULL,
	reason VARCHAR(8000) NOT NULL,
	PRIMARY KEY (run_id, seq)
);

-- FOCUS 1.4 invoices checked against the cost rows that name them (only when an Invoice Detail dataset is read).
CREATE TABLE IF NOT EXISTS tco_invoice_check (
	run_id BIGINT NOT NULL,
	seq INT NOT NULL,
	issuer VARCHAR(500) NOT NULL,
	invoice_id VARCHAR(500) NOT NULL,
	currency VARCHAR(3) NOT NULL,
	invoice_total DECIMAL(38, 18) NOT NULL,
	cost_rows_total DECIMAL(38, 18) NOT NULL,
	PRIMARY KEY (run_id, seq)
);

-- What each reported month left for the months after it (written with the reports, kept for the run that stands for
-- the month, dropped with the runs it supersedes): per workload its own cost (invoiced and estimated), fully loaded
-- cost and volume, for the per-workload forecast; per business metric the cost per unit, for the unit-cost trend.
CREATE TABLE IF NOT EXISTS tco_month_workload (
	run_id BIGINT NOT NULL,
	workload VARCHAR(300) NOT NULL,
	currency VARCHAR(3) NOT NULL,
	own_cost DECIMAL(38, 18) NOT NULL,
	fully_loaded_cost DECIMAL(38, 18) NOT NULL,
	tokens DECIMAL(38, 6) NOT NULL,
	gpu_hours DECIMAL(38, 18) NOT NULL,
	PRIMARY KEY (run_id, workload)
);

CREATE TABLE IF NOT EXISTS tco_month_unit_cost (
	run_id BIGINT NOT NULL,
	metric VARCHAR(300) NOT NULL,
	workload VARCHAR(300) NOT NULL,
	currency VARCHAR(3) NOT NULL,
	units DECIMAL(38, 18) NOT NULL,
	cost DECIMAL(38, 18) NOT NULL,
	cost_per_unit DECIMAL(38, 18) NOT NULL,
	PRIMARY KEY (run_id, metric, workload)
);

-- Restatements: a month reported again with changed exports, against the run that stood for it before. Unlike the
-- records, a published restatement outlives the runs it compares (it is the month's history); one of a run that was
-- never published (validate, a failed run) is dropped when another run of the month is published.
CREATE TABLE IF NOT EXISTS tco_restatement (
	run_id BIGINT NOT NULL PRIMARY KEY,
	billing_month VARCHAR(7) NOT NULL,
	previous_completed_at TIMESTAMP NOT NULL,
	restated_at TIMESTAMP,
	published BOOLEAN DEFAULT FALSE NOT NULL,
	currency VARCHAR(3) NOT NULL,
	previous_cost DECIMAL(38, 18) NOT NULL,
	cost DECIMAL(38, 18) NOT NULL,
	previous_tco DECIMAL(38, 18) NOT NULL,
	tco DECIMAL(38, 18) NOT NULL,
	files_added INT NOT NULL,
	files_removed INT NOT NULL,
	files_changed INT NOT NULL
);

-- Added with the rejection kind: the month a row rejected for lying outside the run's month is billed in (null for
-- a faulty row), so that the two are told apart by a column, not by the wording of the reason. Rows written before
-- the column existed (a run restarted across the upgrade) are filled from their reason once.
ALTER TABLE tco_rejected_row ADD COLUMN IF NOT EXISTS billed_month VARCHAR(7);
UPDATE tco_rejected_row SET billed_month = SUBSTRING(reason, 11, 7)
	WHERE billed_month IS NULL AND reason LIKE 'billed in %';
