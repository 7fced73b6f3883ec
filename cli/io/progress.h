/* progress.h - a progress line on standard error while a large input is
 * read: percentage (for files), rows and rows per second.  It appears only
 * after the first second, only when standard error is a terminal (or
 * --progress asks for it), and is erased when reading ends.  Nothing of it
 * reaches standard output, so results never depend on it.
 *
 * One reading at a time; the counters may be added to from several threads
 * (atomics), and only the thread that calls cs_progress_tick() prints. */
#ifndef CS_PROGRESS_H
#define CS_PROGRESS_H

#include <stddef.h>
#include <time.h>

enum { CS_PROGRESS_AUTO = 0, CS_PROGRESS_ON, CS_PROGRESS_OFF };

/* Process-wide choice, from --progress (default AUTO: a terminal only). */
void cs_progress_mode(int mode);

/* A reading of `name` begins; total is its size in bytes, or 0 if unknown. */
void cs_progress_begin(const char *name, long long total);
/* Bytes and rows done since the last call (any thread). */
void cs_progress_add(long long bytes, long long rows);
/* Print if due: after the first second, then five times a second on a
 * terminal, once a second otherwise. */
void cs_progress_tick(void);
/* The reading ended: erase the line. */
void cs_progress_end(void);

/* Bootstrap progress on standard error, only when it is a terminal and the
 * work has lasted half a second; nothing otherwise. */
struct cs_boot_progress {
	int tty;
	int shown;
	int last;              /* last percentage printed */
	const char *what;      /* "bootstrap for 'Almaty'" (borrowed) */
	struct timespec start;
};
void cs_boot_progress_start(struct cs_boot_progress *p, const char *what);
/* A cs_progress_fn (analysis/bootstrap.h); ctx is a struct cs_boot_progress. */
void cs_boot_progress_update(void *ctx, size_t done, size_t total);
/* Erase the line if one was printed. */
void cs_boot_progress_end(struct cs_boot_progress *p);

#endif
