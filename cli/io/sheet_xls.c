/* sheet_xls.c - one sheet of a legacy Excel workbook (.xls, BIFF), read with
 * FreeXL (sheet_impl.h).
 *
 * FreeXL reads the whole workbook when it opens it (an .xls has at most
 * 65,536 rows), converts text to UTF-8 and numbers in date formats to
 * dates; it wants a path, so a workbook in memory is given to it as a
 * memory file.  It gives no formula results (such cells read as empty)
 * and booleans as 1 and 0.
 *
 * FreeXL 1.0.6 reads out of bounds on some damaged files (the fuzzer found
 * a read past a stack buffer in its text conversion within seconds), so
 * it runs in a child process with limits on memory and time: a fault
 * there is an error message here, not a crash.  The child sends the rows
 * back through a pipe; they are checked again as they arrive. */
#include "cli/io/sheet_impl.h"
#include "cli/core/values.h"

#include <errno.h>
#include <freexl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CS_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define CS_SANITIZED 1
#endif
#ifdef CS_SANITIZED
#include <sanitizer/common_interface_defs.h>
#endif

/* The child's limits: FreeXL holds the whole workbook in memory. */
#define CHILD_MEMORY (UINT64_C(4) << 30)
#define CHILD_SECONDS 300

static int open_error(struct cs_sheet_ctx *s, int r)
{
	switch (r) {
	case FREEXL_FILE_NOT_FOUND:
		return cs_err_set(s->err, CS_EXIT_ENV, "cannot read '%s'", s->file);
	case FREEXL_INSUFFICIENT_MEMORY:
		return cs_sheet_oom(s);
	case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
		return cs_err_set(s->err, CS_EXIT_DATA, "%s: an old Office file that holds no Excel workbook (a "
				  "Word document, or a password-protected workbook)", s->file);
	default:
		return cs_err_set(s->err, CS_EXIT_DATA, "%s: not a readable .xls workbook (FreeXL error %d): the "
				  "file is damaged", s->file, r);
	}
}

static int cell(struct cs_sheet_ctx *s, unsigned long row, size_t col, const FreeXL_CellValue *v)
{
	char buf[CS_NUM_TEXT];
	const char *t = v->value.text_value;
	switch (v->type) {
	case FREEXL_CELL_INT:
		return cs_row_cell(s, row, col, CS_SHEET_NUMBER, buf,
				   (size_t)snprintf(buf, sizeof buf, "%d", v->value.int_value));
	case FREEXL_CELL_DOUBLE:
		return cs_row_cell(s, row, col, CS_SHEET_NUMBER, buf, cs_num_text(v->value.double_value, buf));
	case FREEXL_CELL_TEXT:
	case FREEXL_CELL_SST_TEXT:
		if (!t)
			return 0;
		if (!cs_utf8_valid(t, strlen(t)))
			return cs_sheet_fail(s, row, col, "the text is not valid UTF-8: the file is damaged");
		return cs_row_cell(s, row, col, CS_SHEET_TEXT, t, strlen(t));
	case FREEXL_CELL_DATE:
	case FREEXL_CELL_DATETIME:     /* "YYYY-MM-DD HH:MM:SS": its date */
		if (!t || strlen(t) < 10)
			return cs_sheet_fail(s, row, col, "the date does not read: the file is damaged");
		return cs_row_cell(s, row, col, CS_SHEET_DATE, t, 10);
	case FREEXL_CELL_TIME:
		if (!t || !cs_utf8_valid(t, strlen(t)))
			return cs_sheet_fail(s, row, col, "the time does not read: the file is damaged");
		return cs_row_cell(s, row, col, CS_SHEET_TIME, t, strlen(t));
	default:
		return 0;
	}
}

static int read_open(struct cs_sheet_ctx *s, const void *h)
{
	unsigned int count = 0, pw = 0;
	if (freexl_get_info(h, FREEXL_BIFF_PASSWORD, &pw) == FREEXL_OK && pw == FREEXL_BIFF_OBFUSCATED)
		return cs_err_set(s->err, CS_EXIT_DATA, "%s: the workbook is password-protected: save it without "
				  "a password", s->file);
	if (freexl_get_info(h, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
		return open_error(s, FREEXL_INVALID_HANDLE);
	const char *names[256];
	if (count > 256)
		count = 256;
	for (unsigned i = 0; i < count; i++)
		if (freexl_get_worksheet_name(h, (unsigned short)i, &names[i]) != FREEXL_OK || !names[i] ||
		    !cs_utf8_valid(names[i], strlen(names[i])))
			names[i] = "?";
	long k = cs_sheet_choose(s, names, count);
	if (k < 0)
		return s->err->code;
	int rc = cs_sheet_set_name(s, names[k]);
	if (rc)
		return rc;
	unsigned int rows;
	unsigned short cols;
	if (freexl_select_active_worksheet(h, (unsigned short)k) != FREEXL_OK ||
	    freexl_worksheet_dimensions(h, &rows, &cols) != FREEXL_OK)
		return cs_sheet_fail(s, 0, 0, "the sheet does not read: the file is damaged");
	for (unsigned r = 0; r < rows; r++) {
		for (unsigned short c = 0; c < cols; c++) {
			FreeXL_CellValue v;
			if (freexl_get_cell_value(h, r, c, &v) != FREEXL_OK)
				return cs_sheet_fail(s, r + 1UL, c, "the cell does not read: the file is damaged");
			if ((rc = cell(s, r + 1UL, c, &v)) != 0)
				return rc;
		}
		if ((rc = cs_row_emit(s, r + 1UL, 1)) != 0)
			return rc;
	}
	return 0;
}

/* ---- the child: FreeXL, rows written to the pipe ------------------------- */

/* Records, in this program's own byte order:
 *   'S' the sheet's name (length (size_t) and bytes), before the first row
 *   'R' row (unsigned long), n (size_t), n x (kind byte, length (size_t), bytes)
 *   'E' result (int), message length and bytes, sheet name length and bytes
 *       ((size_t)-1: none) - always the last record. */
struct out {
	int fd;
	char buf[1 << 16];
	size_t n;
	int broken;
	int named;              /* the sheet's name was sent */
};

static void out_flush(struct out *w)
{
	for (size_t done = 0; done < w->n && !w->broken;) {
		ssize_t k = write(w->fd, w->buf + done, w->n - done);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			w->broken = 1;
		else
			done += (size_t)k;
	}
	w->n = 0;
}

static void out_put(struct out *w, const void *p, size_t len)
{
	const char *s = p;
	while (len > 0 && !w->broken) {
		if (w->n == sizeof w->buf)
			out_flush(w);
		size_t k = sizeof w->buf - w->n < len ? sizeof w->buf - w->n : len;
		memcpy(w->buf + w->n, s, k);
		w->n += k, s += k, len -= k;
	}
}

static void out_text(struct out *w, const char *t)
{
	size_t len = t ? strlen(t) : (size_t)-1;
	out_put(w, &len, sizeof len);
	if (t)
		out_put(w, t, len);
}

static int out_row(void *ctx, const struct cs_sheet_row *r, struct cs_err *err)
{
	(void)err;
	struct out *w = ctx;
	if (!w->named) {
		out_put(w, "S", 1);
		out_text(w, r->sheet);
		w->named = 1;
	}
	out_put(w, "R", 1);
	out_put(w, &r->row, sizeof r->row);
	out_put(w, &r->n, sizeof r->n);
	for (size_t i = 0; i < r->n; i++) {
		out_put(w, &r->kind[i], 1);
		out_put(w, &r->len[i], sizeof r->len[i]);
		out_put(w, r->value[i], r->len[i]);
	}
	return w->broken ? CS_EXIT_ENV : 0;
}

static int run_freexl(struct cs_sheet_ctx *s, const char *path)
{
	const void *h = NULL;
	int r = freexl_open(path, &h);
	int rc = r == FREEXL_OK ? read_open(s, h) : open_error(s, r);
	if (h)
		freexl_close(h);
	return rc;
}

static void child(struct cs_sheet_ctx *s, const char *path, int fd)
{
#ifdef CS_SANITIZED
	/* a sanitizer build (tests, fuzzing): a fault in FreeXL is reported
	 * by the parent as an error; the child must not also die as if the
	 * whole program had (libFuzzer would save the input as its crash) */
	__sanitizer_set_death_callback(NULL);
#else
	struct rlimit mem = { CHILD_MEMORY, CHILD_MEMORY };
	setrlimit(RLIMIT_AS, &mem);
#endif
	struct rlimit cpu = { CHILD_SECONDS, CHILD_SECONDS };
	setrlimit(RLIMIT_CPU, &cpu);
	struct out *w = malloc(sizeof *w);
	if (!w)
		_exit(1);       /* the parent sees no end record */
	w->fd = fd;
	w->n = 0;
	w->broken = w->named = 0;
	struct cs_err err = { 0 };
	s->fn = out_row;
	s->ctx = w;
	s->err = &err;
	int rc = run_freexl(s, path);
	out_put(w, "E", 1);
	out_put(w, &rc, sizeof rc);
	out_text(w, rc ? err.msg : NULL);
	out_text(w, s->sheet);
	out_flush(w);
	_exit(0);
}

/* ---- the parent: rows from the pipe ---------------------------------------- */

static int get(FILE *f, void *p, size_t len)
{
	return fread(p, 1, len, f) == len ? 0 : -1;
}

/* A text of the end record into a new string (NULL for none); -1 on a
 * short or oversized record. */
static int get_text(FILE *f, char **out)
{
	size_t len;
	*out = NULL;
	if (get(f, &len, sizeof len))
		return -1;
	if (len == (size_t)-1)
		return 0;
	if (len > 4096 || !(*out = malloc(len + 1)))
		return -1;
	if (get(f, *out, len)) {
		free(*out);
		*out = NULL;
		return -1;
	}
	(*out)[len] = '\0';
	return 0;
}

static int from_child(struct cs_sheet_ctx *s, FILE *f, int *ended)
{
	char *cell = NULL;
	size_t cap = 0;
	int rc = 0;
	*ended = 0;
	for (;;) {
		char tag;
		if (get(f, &tag, 1))
			break;
		if (tag == 'E') {
			int code;
			char *msg = NULL, *sheet = NULL;
			if (get(f, &code, sizeof code) || get_text(f, &msg) || get_text(f, &sheet)) {
				free(msg);
				break;
			}
			*ended = 1;
			rc = sheet ? cs_sheet_set_name(s, sheet) : 0;
			if (!rc && code)
				rc = cs_err_set(s->err, code == CS_EXIT_ENV ? CS_EXIT_ENV : CS_EXIT_DATA, "%s",
						msg && *msg ? msg : "the .xls does not read");
			free(msg);
			free(sheet);
			break;
		}
		if (tag == 'S') {
			char *sheet;
			if (get_text(f, &sheet) || !sheet || !cs_utf8_valid(sheet, strlen(sheet))) {
				free(sheet);
				break;
			}
			rc = cs_sheet_set_name(s, sheet);
			free(sheet);
			if (rc)
				break;
			continue;
		}
		unsigned long row;
		size_t n;
		if (tag != 'R' || get(f, &row, sizeof row) || get(f, &n, sizeof n) || n > CS_SHEET_MAX_COLS)
			break;
		for (size_t i = 0; i < n && !rc; i++) {
			unsigned char kind;
			size_t len;
			if (get(f, &kind, 1) || get(f, &len, sizeof len) || len > s->max_row_text) {
				rc = -1;
				break;
			}
			if (len > cap) {
				char *c = realloc(cell, len);
				if (!c) {
					rc = cs_sheet_oom(s);
					break;
				}
				cell = c, cap = len;
			}
			if (get(f, cell, len) || kind > CS_SHEET_ERROR || memchr(cell, '\0', len) ||
			    !cs_utf8_valid(cell, len)) {
				rc = -1;
				break;
			}
			rc = cs_row_cell(s, row, i, kind, cell, len);
		}
		if (!rc)
			rc = cs_row_emit(s, row, 1);
		if (rc)
			break;
	}
	free(cell);
	return rc;
}

/* Run FreeXL on path in a child process and deliver its rows. */
static int isolated(struct cs_sheet_ctx *s, const char *path)
{
	int fds[2];
	if (pipe(fds) != 0)
		return cs_err_set(s->err, CS_EXIT_ENV, "cannot make a pipe: %s", strerror(errno));
	fflush(NULL);           /* nothing buffered is written twice */
	pid_t pid = fork();
	if (pid < 0) {
		int e = errno;
		close(fds[0]);
		close(fds[1]);
		return cs_err_set(s->err, CS_EXIT_ENV, "cannot start a process: %s", strerror(e));
	}
	if (pid == 0) {
		close(fds[0]);
		child(s, path, fds[1]);
	}
	close(fds[1]);
	FILE *f = fdopen(fds[0], "rb");
	if (!f) {
		close(fds[0]);
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		return cs_sheet_oom(s);
	}
	int ended;
	int rc = from_child(s, f, &ended);
	if (!ended || rc)
		kill(pid, SIGKILL);     /* stopped early, or the child failed: no more */
	fclose(f);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (rc > 0)
		return rc;
	if (!ended || rc < 0) {
		if (WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL)
			return cs_err_set(s->err, CS_EXIT_DATA, "%s: FreeXL stopped on this .xls (signal %d): the file "
					  "is damaged", s->file, WTERMSIG(status));
		return cs_err_set(s->err, CS_EXIT_DATA, "%s: FreeXL stopped on this .xls: the file is damaged",
				  s->file);
	}
	return 0;
}

int cs_sheet_xls(struct cs_sheet_ctx *s, const char *path, const void *buf, size_t len)
{
	int fd = -1;
	char mem[64];
	if (buf) {
		/* FreeXL opens a path: the bytes go to a memory file */
		fd = memfd_create("casestat-xls", MFD_CLOEXEC);
		if (fd < 0)
			return cs_err_set(s->err, CS_EXIT_ENV, "cannot make a memory file: %s", strerror(errno));
		size_t done = 0;
		while (done < len) {
			ssize_t k = write(fd, (const char *)buf + done, len - done);
			if (k <= 0) {
				int e = errno;
				close(fd);
				return cs_err_set(s->err, CS_EXIT_ENV, "cannot write a memory file: %s", strerror(e));
			}
			done += (size_t)k;
		}
		snprintf(mem, sizeof mem, "/proc/self/fd/%d", fd);
		path = mem;
	} else {
		struct stat st;
		if (stat(path, &st) == 0 && (uint64_t)st.st_size > s->max_held)
			return cs_err_set(s->err, CS_EXIT_DATA, "%s: an .xls of more than %llu bytes: too large "
					  "(an .xls holds at most 65,536 rows)", s->file,
					  (unsigned long long)s->max_held);
	}
	int rc = isolated(s, path);
	if (fd >= 0)
		close(fd);
	return rc;
}
