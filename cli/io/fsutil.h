/* fsutil.h - directories built beside their target and published whole,
 * SHA-256 of files (nettle), relative paths, and capturing a program's
 * output without a shell. */
#ifndef CS_FSUTIL_H
#define CS_FSUTIL_H

#include <stddef.h>
#include "cli/core/diag.h"

/* Make an empty private directory beside target ("TARGET.tmp.XXXXXX"),
 * creating the directories above target if they are missing;
 * caller frees the returned path.  It is removed on SIGINT/SIGTERM until
 * cs_dir_publish() or cs_dir_remove(). */
char *cs_dir_beside(const char *target, struct cs_err *err);
/* Remove a directory that holds only files. */
void cs_dir_remove(const char *dir);
/* Put tmp in target's place: a plain rename, or with replace an atomic
 * exchange with the old target, which is then removed.  Returns 0 or
 * CS_EXIT_ENV. */
int cs_dir_publish(const char *tmp, const char *target, int replace, struct cs_err *err);

/* SHA-256 of a file as 64 lower-case hex digits.  Returns 0 or -1 (errno). */
int cs_sha256_file(const char *path, char hex[65]);
void cs_sha256_buf(const void *data, size_t len, char hex[65]);

/* The path of `to` relative to directory `from` (both must exist); caller
 * frees; NULL on failure. */
char *cs_relative_path(const char *from, const char *to);

/* Run argv[0] (searched in PATH, no shell) with stdin from /dev/null and
 * put the first line of its standard output in buf.  Returns 0, or -1 if
 * it could not be run or failed. */
int cs_capture_line(char *const argv[], char *buf, size_t size);

#endif
