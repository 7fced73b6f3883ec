/* diag.c - formatting and printing of error messages (see diag.h). */
#include "diag.h"

#include <stdarg.h>
#include <string.h>

static void vformat(struct cs_err *e, const char *file, unsigned long line, int col,
		    const char *fmt, va_list ap)
{
	size_t used = 0;
	if (file) {
		int k;
		if (line && col)
			k = snprintf(e->msg, sizeof e->msg, "%s:%lu:%d: ", file, line, col);
		else if (line)
			k = snprintf(e->msg, sizeof e->msg, "%s:%lu: ", file, line);
		else
			k = snprintf(e->msg, sizeof e->msg, "%s: ", file);
		used = k < 0 ? 0 : (size_t)k < sizeof e->msg ? (size_t)k : sizeof e->msg - 1;
	}
	vsnprintf(e->msg + used, sizeof e->msg - used, fmt, ap);
}

int cs_err_at(struct cs_err *e, int code, const char *file, unsigned long line,
	      int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vformat(e, file, line, col, fmt, ap);
	va_end(ap);
	e->code = code;
	return code;
}

int cs_err_set(struct cs_err *e, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vformat(e, NULL, 0, 0, fmt, ap);
	va_end(ap);
	e->code = code;
	return code;
}

int cs_err_usage(struct cs_err *e, const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vformat(e, NULL, 0, 0, fmt, ap);
	va_end(ap);
	e->code = CS_EXIT_USAGE;
	e->cmd = cmd;
	return CS_EXIT_USAGE;
}

void cs_err_print(const struct cs_err *e)
{
	fprintf(stderr, "casestat: %s\n", e->msg);
	if (e->code == CS_EXIT_USAGE) {
		if (e->cmd)
			fprintf(stderr, "Try 'casestat %s --help' for more information.\n", e->cmd);
		else
			fprintf(stderr, "Try 'casestat --help' for more information.\n");
	}
}
