/* dataset_impl.h - the CSV reader's core, shared by the streaming driver
 * (dataset.c) and the parallel one (dataset_parallel.c).  Internal to cli/.
 *
 * A cs_reader turns raw bytes into calls of the command's row callback: it
 * owns a libcsv parser, the header mapping and one buffer per requested
 * column, and counts physical lines.  Feed it consecutive byte ranges that
 * start at the beginning of the input (after any byte-order mark) or, for a
 * reader made by cs_reader_init_after_header(), at the start of a record.
 *
 * Physical lines end at LF, CRLF, or a CR not followed by LF (libcsv ends
 * a record at a lone CR too, so old Mac files count their lines); a line
 * end inside a quoted field counts as well. */
#ifndef CS_DATASET_IMPL_H
#define CS_DATASET_IMPL_H

#include <csv.h>
#include <stdint.h>
#include "cli/io/dataset.h"

#define CS_READ_CHUNK (1 << 16)


struct slot {               /* buffer of one requested column */
	char *buf;
	size_t cap;
};

struct cs_reader {
	const char *name;
	const char *const *want;
	size_t nwant;
	cs_row_fn fn;
	void *ctx;
	struct cs_err *err;
	int failed;                 /* an exit code once something went wrong */

	char delim;                 /* the field separator: ',' ';' '\t' '|' */
	char blank2;                /* the blank besides ' ' that libcsv's default test
				     * may trim: '\t', or ' ' again when tab separates */
	int hint_encoding;          /* add cs_enc_sniff()'s guess to a UTF-8 error */

	int all;                    /* every column (cs_csv_read_all) */
	cs_header_fn on_header;     /* its header callback, or NULL */
	int have_header;
	char **hdr;                 /* header names, while reading the header */
	size_t nhdr, hdr_cap;
	int *map;                   /* field index -> slot index or -1 */

	size_t field;               /* index of the next field in the row */
	unsigned long lines;        /* line ends inside completed rows and fields */
	unsigned long cr_line;      /* lines when the last record or blank line ended at
				     * a CR, if nothing came since (else ULONG_MAX) */

	/* Quote-parity pre-scan of each raw chunk (see prescan()): which
	 * records hold a newline inside a quoted field.  Records are numbered
	 * by the newline outside quotes that ends them (1, 2, ...). */
	int inq;                    /* scanned input ends inside quotes */
	int cr_pending;             /* scanned input ends with a CR (a line end unless
				     * an LF comes next) */
	unsigned long scanned_nl;   /* newlines outside quotes scanned so far */
	unsigned long *flag;        /* records with inside line ends, ascending */
	size_t nflag, flag_cap, flag_head;
	unsigned long ended;        /* newlines outside quotes parsed so far */
	/* on_field() takes its slow path from record number next_slow on
	 * (ended + 1 >= next_slow): the next flagged record, or 0 before the
	 * header is read and after a failure (see watch()) */
	unsigned long next_slow;
	unsigned long row_line;
	unsigned long nrows;

	struct slot *slot;
	size_t *src;                /* src[i]: the slot that holds column i */
	size_t *dup, ndup;          /* the i with src[i] != i */
	const char **val;
	size_t *len;
	unsigned long *vline;
	int *vfield;

	int not_ascii;              /* the chunk being parsed has a byte >= 0x80 or NUL */
	unsigned long fast_chunks;  /* chunks parsed with libcsv's own blank test (the
				     * tests check that the fast path is kept) */
	unsigned long check_until;  /* check the text of rows before this one too */

	struct csv_parser p;
	int parser_ready;
	unsigned long nl_before;    /* line ends before the bytes being parsed */
};


/* ---- raw bytes (dataset_scan.c) ---- */

#define CS_ONES 0x0101010101010101ull
#define CS_HIGHS 0x8080808080808080ull

/* Does the 8-byte word hold a zero byte?  (The classic bit trick.) */
static inline int cs_has_zero_byte(uint64_t w)
{
	return ((w - CS_ONES) & ~w & CS_HIGHS) != 0;
}

/* A byte >= 0x80 or a NUL: text that needs a UTF-8 check. */
static inline int cs_is_odd(char c)
{
	return (unsigned char)c >= 0x80 || c == '\0';
}

/* What cs_reader_prescan() learns of a chunk. */
struct cs_scan {
	unsigned long newlines;     /* LFs */
	unsigned long lone_cr;      /* CRs not followed by LF */
	int not_ascii;              /* a byte >= 0x80 or a NUL: values need a UTF-8 check */
	int blanks;                 /* a blank where libcsv's default would trim it */
};

/* Before libcsv parses a raw chunk, find the records that hold a line end
 * inside a quoted field, so that only their fields are searched for line
 * ends (most records have none, and a search in every field cost a
 * seventh of the run).  For any input libcsv accepts in strict mode a byte
 * is inside quotes exactly when an odd number of '"' precede it ("" inside
 * a quoted field toggles twice); input it rejects stops the run anyway.
 * It also counts the chunk's line ends, and finds non-ASCII bytes and
 * blanks that libcsv would trim, for r's separator.  Returns 0, or -1 when
 * out of memory. */
int cs_reader_prescan(struct cs_reader *r, const char *s, size_t n, struct cs_scan *sc);

/* Newlines in s[0..n), eight bytes at a time. */
unsigned long cs_count_newlines(const char *s, size_t n);

/* Line ends in s[0..n), the bytes before ending with a CR if cr_before:
 * LF, and CR not followed by LF, also one at the end (what follows, where
 * an error was found, is no LF). */
unsigned long cs_count_lines_to(const char *s, size_t n, int cr_before);

/* How many bytes of s[0..n) equal c and d (either pointer may be NULL). */
void cs_count_bytes(const char *s, size_t n, char c, unsigned long *nc, char d, unsigned long *nd);

/* Line ends and quotes in s[0..n), a piece of input that follows earlier
 * pieces: *pending says the piece before ended with a CR, and on return
 * whether this one does (that CR is counted by the next piece, or by the
 * caller at the end of the input). */
void cs_count_lines(const char *s, size_t n, unsigned long *lines, unsigned long *quotes, int *pending);

int cs_reader_init(struct cs_reader *r, const char *name, const char *const *columns,
		   size_t ncols, cs_row_fn fn, void *ctx, struct cs_err *err);
/* A reader that starts after the header read by h (whose names stay owned
 * by h), at physical line lines + 1, calling back with ctx. */
int cs_reader_init_after_header(struct cs_reader *r, const struct cs_reader *h, void *ctx,
				struct cs_err *err, unsigned long lines);
/* Parse the next bytes; returns 0 or an exit code (err filled). */
int cs_reader_feed(struct cs_reader *r, const char *buf, size_t n);
/* End of input: complete a record without a final newline. */
int cs_reader_finish(struct cs_reader *r);
void cs_reader_free(struct cs_reader *r);
/* The physical line of the byte that would come next. */
unsigned long cs_reader_next_line(const struct cs_reader *r);

struct cs_source;
/* Read all of src through r (which the call frees): UTF-8 text, already
 * past any byte-order mark.  *nrows (may be NULL) receives the data rows. */
int cs_reader_run(struct cs_reader *r, struct cs_source *src, unsigned long *nrows, struct cs_err *err);

/* How the CSV readers below read; a NULL pointer gives the defaults. */
struct cs_csv_opts {
	char delim;                 /* the field separator: ',' (also 0), ';', '\t' or '|' */
	int hint_encoding;          /* a UTF-8 error adds what cs_enc_sniff() guesses
				     * (no --encoding was given) */
	long chunk_bytes;           /* parallel: chunks of about this many bytes, the
				     * parallel path taken from two of them (the tests
				     * cut small files this way); 0: the default */
};

/* The reader made for o: its separator and hint. */
void cs_reader_configure(struct cs_reader *r, const struct cs_csv_opts *o);

/* cs_csv_read(), cs_csv_read_all() and cs_csv_read_parallel() as o says. */
int cs_csv_read_with(const char *path, const struct cs_csv_opts *o, const char *const *columns,
		     size_t ncols, cs_row_fn fn, void *ctx, unsigned long *nrows, struct cs_err *err);
int cs_csv_read_all_with(const char *path, const struct cs_csv_opts *o, cs_header_fn hfn, cs_row_fn fn,
			 void *ctx, unsigned long *nrows, struct cs_err *err);
int cs_csv_read_parallel_with(const char *path, const struct cs_csv_opts *o, const char *const *columns,
			      size_t ncols, cs_row_fn fn, void *const *ctx, int nctx,
			      unsigned long *nrows, struct cs_err *err);

/* cs_csv_read_parallel() with chunks of about chunk_bytes (the tests cut
 * small files into many chunks this way); the parallel path is taken for
 * files of at least two chunks. */
int cs_csv_read_parallel_chunked(const char *path, const char *const *columns, size_t ncols,
				 cs_row_fn fn, void *const *ctx, int nctx, long chunk_bytes,
				 unsigned long *nrows, struct cs_err *err);

#endif
