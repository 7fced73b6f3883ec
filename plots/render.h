/* render.h - running gnuplot on a finished script.
 *
 * The one place in plots/ that starts a program: gnuplot -d SCRIPT through
 * posix_spawnp (no shell, no init file), with its working directory set
 * to the output directory, standard input and output on /dev/null and its
 * standard error collected for the caller's message.  Nothing is printed
 * and nothing exits here. */
#ifndef CS_RENDER_H
#define CS_RENDER_H

#include <stddef.h>

/* Is a program named gnuplot on PATH (as posix_spawnp would find it)? */
int cs_render_available(void);

/* Run `gnuplot -d -e "cs_output='./OUTPUT'" SCRIPT` in directory dir
 * (NULL = the current one).  script is a path as seen from dir; output a
 * plain file name (cs_gp_name_ok) that the script then writes in dir.
 * Returns CS_PLOT_OK, CS_PLOT_ENOGNUPLOT (not on PATH), CS_PLOT_ERENDER
 * (gnuplot failed, or wrote to its standard error: msg holds the first
 * line of what it said, or the exit status), CS_PLOT_ENAME or
 * CS_PLOT_ENOMEM.  msg (msgsize bytes) may be NULL. */
int cs_render_run(const char *dir, const char *script, const char *output,
		  char *msg, size_t msgsize);

/* Make a PDF written by cairo reproducible: overwrite the 14 digits of
 * every "/CreationDate (D:YYYYMMDDHHMMSS" and "/ModDate (D:..." in place
 * (same length, so the cross-reference offsets stay right) with the UTC
 * time `epoch` (seconds since 1970, e.g. from SOURCE_DATE_EPOCH).
 * Returns CS_PLOT_OK, CS_PLOT_EIO, CS_PLOT_ENOMEM, or CS_PLOT_EDATA when
 * no creation date is found. */
int cs_render_pdf_set_date(const char *path, long long epoch);

#endif
