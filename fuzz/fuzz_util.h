/* fuzz_util.h - helpers shared by the libFuzzer targets (fuzz/fuzz_*.c).
 *
 * A target checks invariants with FUZZ_CHECK, which aborts with a message:
 * libFuzzer then saves the input as a crasher.  The CSV reader wants a
 * path, so fuzz_path() puts the input in a memory file and names it as
 * /proc/self/fd/N.  fuzz_table captures a whole CSV (header and rows, all
 * columns) through cs_csv_read_all() for comparisons.  fuzz_sep() gives
 * the separator a mode picks, and fuzz_swap() makes comma-separated seeds
 * serve every separator.  fuzz_mix() hashes what two readers saw, to
 * compare them. */
#ifndef CS_FUZZ_UTIL_H
#define CS_FUZZ_UTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli/io/dataset.h"
#include "cli/io/dataset_impl.h"
#include "cli/core/diag.h"
#include "cli/core/values.h"

#define FUZZ_CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
		abort(); \
	} \
} while (0)

/* FNV-1a over p[0..n), then a separator byte, so that a run of calls
 * tells ("ab", "c") from ("a", "bc"); start from FUZZ_MIX_SEED. */
#define FUZZ_MIX_SEED 0xcbf29ce484222325ull
static inline uint64_t fuzz_mix(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * 0x100000001b3ull;
	return (h ^ 0xff) * 0x100000001b3ull;
}

/* A path that reads back data[0..size) (the same memory file every call). */
static inline const char *fuzz_path(const uint8_t *data, size_t size)
{
	static int fd = -1;
	static char path[64];
	if (fd < 0) {
		fd = memfd_create("casestat-fuzz", MFD_CLOEXEC);
		FUZZ_CHECK(fd >= 0);
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	}
	FUZZ_CHECK(ftruncate(fd, 0) == 0);
	FUZZ_CHECK(size == 0 || pwrite(fd, data, size, 0) == (ssize_t)size);
	return path;
}

/* What every error must be: a known exit code and a message of valid UTF-8
 * without control characters (it goes to a terminal). */
static inline void fuzz_check_error(int rc, const struct cs_err *err)
{
	FUZZ_CHECK(rc == CS_EXIT_DATA || rc == CS_EXIT_ENV || rc == CS_EXIT_USAGE);
	FUZZ_CHECK(err->code == rc);
	size_t n = strnlen(err->msg, sizeof err->msg);
	FUZZ_CHECK(n > 0 && n < sizeof err->msg);
	FUZZ_CHECK(cs_utf8_valid(err->msg, n));
	for (size_t i = 0; i < n; i++)
		FUZZ_CHECK((unsigned char)err->msg[i] >= 0x20 && err->msg[i] != 0x7f);
}

/* ---- a whole table, for comparisons ---------------------------------- */

struct fuzz_table {
	size_t ncols;              /* header fields */
	size_t nrows;              /* data rows */
	size_t ncells, cap;        /* header first, then the rows */
	char **cell;               /* owned, NUL-terminated */
	size_t *len;
};

static inline void fuzz_table_push(struct fuzz_table *t, const char *s, size_t len)
{
	if (t->ncells == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 64;
		t->cell = realloc(t->cell, t->cap * sizeof *t->cell);
		t->len = realloc(t->len, t->cap * sizeof *t->len);
		FUZZ_CHECK(t->cell && t->len);
	}
	char *c = malloc(len + 1);
	FUZZ_CHECK(c);
	memcpy(c, s, len);
	c[len] = '\0';
	t->cell[t->ncells] = c;
	t->len[t->ncells++] = len;
}

static inline int fuzz_table_header(void *ctx, const char *const *names, size_t n,
				    unsigned long line, const char *sheet, struct cs_err *err)
{
	(void)line, (void)sheet, (void)err;
	struct fuzz_table *t = ctx;
	FUZZ_CHECK(n >= 1 && t->ncells == 0);
	t->ncols = n;
	for (size_t i = 0; i < n; i++)
		fuzz_table_push(t, names[i], strlen(names[i]));
	return 0;
}

static inline int fuzz_table_row(void *ctx, const struct cs_row *row, struct cs_err *err)
{
	(void)err;
	struct fuzz_table *t = ctx;
	for (size_t i = 0; i < t->ncols; i++) {
		FUZZ_CHECK(strlen(row->value[i]) == row->len[i]);
		fuzz_table_push(t, row->value[i], row->len[i]);
	}
	t->nrows++;
	return 0;
}

/* Read the CSV at path, every column, fields separated by delim; returns
 * the reader's exit code. */
static inline int fuzz_table_read_sep(struct fuzz_table *t, const char *path, char delim, struct cs_err *err)
{
	memset(t, 0, sizeof *t);
	memset(err, 0, sizeof *err);
	struct cs_csv_opts o = { delim };
	return cs_csv_read_all_with(path, &o, fuzz_table_header, fuzz_table_row, t, NULL, err);
}

static inline int fuzz_table_read(struct fuzz_table *t, const char *path, struct cs_err *err)
{
	return fuzz_table_read_sep(t, path, ',', err);
}

/* One of the four separators, by the two low bits of k. */
static inline char fuzz_sep(unsigned k)
{
	static const char seps[4] = { ',', ';', '\t', '|' };
	return seps[k & 3];
}

/* data[0..size) with ',' and sep swapped, in a buffer of the caller's
 * (nothing changes for ','): a comma-separated seed then has the same
 * structure with sep. */
static inline uint8_t *fuzz_swap(const uint8_t *data, size_t size, char sep)
{
	uint8_t *b = malloc(size ? size : 1);
	FUZZ_CHECK(b);
	for (size_t i = 0; i < size; i++)
		b[i] = data[i] == ',' ? (uint8_t)sep : data[i] == (uint8_t)sep ? ',' : data[i];
	return b;
}

/* Physical lines ends in data: LF, and CR not followed by LF. */
static inline unsigned long fuzz_line_ends(const uint8_t *data, size_t size)
{
	unsigned long k = 0;
	for (size_t i = 0; i < size; i++)
		k += data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n'));
	return k;
}

/* Field c of data row r (r = 0 is the header). */
static inline const char *fuzz_cell(const struct fuzz_table *t, size_t r, size_t c, size_t *len)
{
	size_t k = r * t->ncols + c;
	FUZZ_CHECK(k < t->ncells);
	if (len)
		*len = t->len[k];
	return t->cell[k];
}

static inline void fuzz_table_free(struct fuzz_table *t)
{
	for (size_t i = 0; i < t->ncells; i++)
		free(t->cell[i]);
	free(t->cell);
	free(t->len);
	memset(t, 0, sizeof *t);
}

#endif
