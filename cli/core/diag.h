/* diag.h - error values and messages for the casestat program.
 *
 * Functions in cli/ that can fail fill a struct cs_err (an exit code and a
 * complete message such as "data.csv:12:3: ...") and return the exit code;
 * main() prints "casestat: <message>" once.  Usage errors add a hint. */
#ifndef CS_DIAG_H
#define CS_DIAG_H

#include <stdio.h>

/* Exit statuses, the same for every command (documented in --help and the
 * man page). */
enum {
	CS_EXIT_OK = 0,
	CS_EXIT_DATA = 1,    /* bad data: FILE:LINE: message */
	CS_EXIT_USAGE = 2,   /* bad command line */
	CS_EXIT_ENV = 3      /* cannot read/write a file, missing program */
};

struct cs_err {
	int code;          /* CS_EXIT_*; 0 while no error */
	const char *cmd;   /* command for the --help hint, or NULL (borrowed) */
	char msg[1024];
};

/* Record an error with exit code `code`; returns code.  `file` (may be
 * NULL) and `line` (0 for none) and `col` (0 for none) prefix the message
 * as FILE:LINE:COL: in the GNU style. */
int cs_err_at(struct cs_err *e, int code, const char *file, unsigned long line,
	      int col, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* Shorthand for a usage error (exit 2) about command cmd (may be NULL). */
int cs_err_usage(struct cs_err *e, const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Shorthand for an error without a position. */
int cs_err_set(struct cs_err *e, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Add text to the end of the message of an error already recorded (cut
 * at a character boundary where it does not fit). */
void cs_err_append(struct cs_err *e, const char *text);

/* Text from the data as it may appear in a message (a value, a header
 * name): control characters (C0 and DEL) written as \n, \r, \t or \xHH,
 * bytes that are not valid UTF-8 as \xHH, C1 controls and invisible
 * characters (zero-width, bidirectional, U+FEFF) as \uXXXX, so that a
 * message is one line of valid UTF-8 that cannot drive the terminal and
 * shows names that differ as different; a text that does not fit in
 * size bytes (at least 8) is cut at a character boundary and ends in
 * "...".  Returns buf. */
#define CS_MSG_TEXT 128     /* a good size for buf: long values are cut */
const char *cs_msg_text(char *buf, size_t size, const char *s, size_t len);

/* Print "casestat: warning: MESSAGE" to stderr, cleaned as messages are. */
void cs_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "casestat: note: MESSAGE": what casestat did that the user asked for
 * but may want to check (the labels --fold merged). */
void cs_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Print "casestat: msg" (and, for usage errors, the --help hint) to stderr. */
void cs_err_print(const struct cs_err *e);

#endif
