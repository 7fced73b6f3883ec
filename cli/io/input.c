/* input.c - a FILE as commands read it (see input.h). */
#include "cli/io/input.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static void found_csv(struct cs_input_found *f, char delim)
{
	if (!f)
		return;
	memset(f, 0, sizeof *f);
	f->delim = delim;
	snprintf(f->encoding, sizeof f->encoding, "utf-8");
	snprintf(f->format, sizeof f->format, "csv");
}

int cs_input_read(const char *path, const struct cs_input *in, const char *const *columns, size_t ncols,
		  cs_row_fn fn, void *const *ctx, int nctx, unsigned long *nrows, struct cs_input_found *found,
		  struct cs_err *err)
{
	(void)in;
	found_csv(found, ',');
	return cs_csv_read_parallel(path, columns, ncols, fn, ctx, nctx, nrows, err);
}

int cs_input_read_all(const char *path, const struct cs_input *in, cs_header_fn hfn, cs_row_fn fn, void *ctx,
		      unsigned long *nrows, struct cs_input_found *found, struct cs_err *err)
{
	(void)in;
	found_csv(found, ',');
	return cs_csv_read_all(path, hfn, fn, ctx, nrows, err);
}

static int verr(struct cs_err *err, int code, const char *input, const struct cs_row *row, long i,
		const char *fmt, va_list ap)
{
	char msg[sizeof err->msg];
	vsnprintf(msg, sizeof msg, fmt, ap);
	if (i < 0)
		return cs_err_at(err, code, input, row->line, 0, "%s", msg);
	return cs_err_at(err, code, input, row->vline[i], row->vfield[i], "%s", msg);
}

int cs_err_cell(struct cs_err *err, int code, const char *input, const struct cs_row *row, size_t i,
		const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = verr(err, code, input, row, (long)i, fmt, ap);
	va_end(ap);
	return rc;
}

int cs_err_row(struct cs_err *err, int code, const char *input, const struct cs_row *row, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = verr(err, code, input, row, -1, fmt, ap);
	va_end(ap);
	return rc;
}
