/* outfile.h - output written atomically: to a temporary file beside the
 * target, renamed into place only when everything was written.  An error,
 * SIGINT or SIGTERM leaves no temporary file and no half-written target. */
#ifndef CS_OUTFILE_H
#define CS_OUTFILE_H

#include <stdio.h>
#include "cli/core/diag.h"

struct cs_outfile {
	FILE *fp;          /* write here */
	char *path;        /* target (owned), NULL for standard output */
	char *tmp;         /* temporary file (owned), NULL for standard output */
};

/* path NULL or "-" writes to standard output (checked by cs_outfile_commit
 * and again at exit).  Returns 0 or CS_EXIT_ENV with err filled. */
int cs_outfile_open(struct cs_outfile *o, const char *path, struct cs_err *err);
/* Flush, sync, close and rename into place.  Returns 0 or CS_EXIT_ENV. */
int cs_outfile_commit(struct cs_outfile *o, struct cs_err *err);
/* Give up: remove the temporary file.  Safe after commit (does nothing). */
void cs_outfile_abort(struct cs_outfile *o);

/* A directory (holding only files) that SIGINT/SIGTERM must remove, and
 * the end of that watch. */
void cs_outfile_watch_dir(const char *dir);
void cs_outfile_unwatch_dir(const char *dir);

/* Install the SIGINT/SIGTERM handler that removes pending temporary files
 * (once, from main). */
void cs_outfile_signals(void);

#endif
