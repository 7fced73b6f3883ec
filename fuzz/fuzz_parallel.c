/* fuzz_parallel.c - libFuzzer target: the parallel CSV reader
 * (cli/io/dataset_parallel.c) against the streaming one (cli/io/dataset.c).
 *
 * Input: one mode byte, then the CSV bytes.  The mode picks 2 to 5 threads
 * (bits 0-1), chunks of 8, 32, 128 or 1024 bytes (bits 2-3; so that even
 * small inputs are cut in many places, inside quotes and next to quoted
 * newlines), whether columns a, or a and b, are requested (bit 4), whether
 * the row callback fails on a row whose a is "x" (bit 5), and the
 * separator (bits 6-7: ',' ';' tab '|', swapped with ',' in the bytes so
 * that comma-separated seeds keep their structure).
 * Invariants: the parallel reading returns what one thread returns: the
 * same exit code and message on failure; otherwise the same number of rows
 * and the same rows (compared as a sum of per-row hashes of the physical
 * line, each value and its line and field, since threads see rows in no
 * fixed order). */
#include "fuzz_util.h"

struct tally {
	unsigned long rows;
	uint64_t sum;               /* of per-row hashes: order-free */
	size_t nwant;
	int fail_on_x;
};

static int on_row(void *ctx, const struct cs_row *row, struct cs_err *err)
{
	struct tally *t = ctx;
	t->rows++;
	uint64_t h = fuzz_mix(FUZZ_MIX_SEED, &row->line, sizeof row->line);
	for (size_t i = 0; i < t->nwant; i++) {
		h = fuzz_mix(h, row->value[i], row->len[i]);
		h = fuzz_mix(h, &row->vline[i], sizeof row->vline[i]);
		h = fuzz_mix(h, &row->vfield[i], sizeof row->vfield[i]);
	}
	t->sum += h;
	if (t->fail_on_x && t->nwant && strcmp(row->value[0], "x") == 0)
		return cs_err_at(err, CS_EXIT_DATA, "f", row->vline[0], row->vfield[0], "x found");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned mode = data[0];
	static const long chunks[4] = { 8, 32, 128, 1024 };
	int nthreads = 2 + (int)(mode & 3);
	long chunk = chunks[(mode >> 2) & 3];
	size_t nwant = 1 + ((mode >> 4) & 1);
	int fail_on_x = (mode >> 5) & 1;
	char sep = fuzz_sep(mode >> 6);
	uint8_t *swapped = fuzz_swap(data + 1, size - 1, sep);
	const char *path = fuzz_path(swapped, size - 1);
	free(swapped);
	static const char *const names[] = { "a", "b" };

	struct tally one = { .nwant = nwant, .fail_on_x = fail_on_x };
	struct cs_err e1 = { 0 };
	unsigned long n1 = 0;
	struct cs_csv_opts o1 = { sep }, o2 = { sep, 0, chunk };
	int rc1 = cs_csv_read_with(path, &o1, names, nwant, on_row, &one, &n1, &e1);

	struct tally many[5];
	void *ctx[5];
	for (int k = 0; k < 5; k++) {
		many[k] = (struct tally){ .nwant = nwant, .fail_on_x = fail_on_x };
		ctx[k] = &many[k];
	}
	struct cs_err e2 = { 0 };
	unsigned long n2 = 0;
	int rc2 = cs_csv_read_parallel_with(path, &o2, names, nwant, on_row, ctx, nthreads, &n2, &e2);

	if (rc1 != rc2 || (rc1 && strcmp(e1.msg, e2.msg) != 0))
		fprintf(stderr, "one thread: %d %s\n%d threads, chunks of %ld, separator %d: %d %s\n", rc1,
			e1.msg, nthreads, chunk, sep, rc2, e2.msg);
	FUZZ_CHECK(rc1 == rc2);
	if (rc1) {
		fuzz_check_error(rc1, &e1);
		FUZZ_CHECK(strcmp(e1.msg, e2.msg) == 0);
		return 0;
	}
	unsigned long rows = 0;
	uint64_t sum = 0;
	for (int k = 0; k < nthreads; k++)
		rows += many[k].rows, sum += many[k].sum;
	FUZZ_CHECK(n1 == one.rows && n2 == rows);
	FUZZ_CHECK(rows == one.rows);
	FUZZ_CHECK(sum == one.sum);
	return 0;
}
