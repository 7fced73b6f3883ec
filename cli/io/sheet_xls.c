/* sheet_xls.c - one sheet of a legacy Excel workbook (.xls, BIFF), read with
 * FreeXL (sheet_impl.h).
 *
 * FreeXL reads the whole workbook when it opens it (an .xls has at most
 * 65,536 rows), converts text to UTF-8 and numbers in date formats to
 * dates; it wants a path, so a workbook in memory is given to it as a
 * memory file. */
#include "cli/io/sheet_impl.h"
#include "cli/core/values.h"

#include <errno.h>
#include <freexl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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
		return cs_row_cell(s, row, col, CS_CELL_NUMBER, buf,
				   (size_t)snprintf(buf, sizeof buf, "%d", v->value.int_value));
	case FREEXL_CELL_DOUBLE:
		return cs_row_cell(s, row, col, CS_CELL_NUMBER, buf, cs_num_text(v->value.double_value, buf));
	case FREEXL_CELL_TEXT:
	case FREEXL_CELL_SST_TEXT:
		if (!t)
			return 0;
		if (!cs_utf8_valid(t, strlen(t)))
			return cs_sheet_fail(s, row, col, "the text is not valid UTF-8: the file is damaged");
		return cs_row_cell(s, row, col, CS_CELL_TEXT, t, strlen(t));
	case FREEXL_CELL_DATE:
	case FREEXL_CELL_DATETIME:     /* "YYYY-MM-DD HH:MM:SS": its date */
		if (!t || strlen(t) < 10)
			return cs_sheet_fail(s, row, col, "the date does not read: the file is damaged");
		return cs_row_cell(s, row, col, CS_CELL_DATE, t, 10);
	case FREEXL_CELL_TIME:
		if (!t || !cs_utf8_valid(t, strlen(t)))
			return cs_sheet_fail(s, row, col, "the time does not read: the file is damaged");
		return cs_row_cell(s, row, col, CS_CELL_TIME, t, strlen(t));
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
	const void *h = NULL;
	int r = freexl_open(path, &h);
	int rc = r == FREEXL_OK ? read_open(s, h) : open_error(s, r);
	if (h)
		freexl_close(h);
	if (fd >= 0)
		close(fd);
	return rc;
}
