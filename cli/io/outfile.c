/* outfile.c - atomic output files (see outfile.h). */
#include "cli/io/outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/syscall.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Temporary files a signal must remove.  The handler only reads these
 * pointers and calls unlink(), which is async-signal-safe. */
#define MAX_PENDING 16
static char *volatile pending[MAX_PENDING];

static void remember(char *tmp)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (!pending[i]) {
			pending[i] = tmp;
			return;
		}
}

static void forget(const char *tmp)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (pending[i] == tmp)
			pending[i] = NULL;
}

/* Directories to empty and remove on a signal.  The handler uses only
 * open, getdents64 (a raw system call), unlinkat, close and rmdir. */
#define MAX_DIRS 4
static char dirs[MAX_DIRS][PATH_MAX];
static volatile sig_atomic_t dir_used[MAX_DIRS];

void cs_outfile_watch_dir(const char *dir)
{
	for (int i = 0; i < MAX_DIRS; i++)
		if (!dir_used[i] && strlen(dir) < PATH_MAX) {
			strcpy(dirs[i], dir);
			dir_used[i] = 1;
			return;
		}
}

void cs_outfile_unwatch_dir(const char *dir)
{
	for (int i = 0; i < MAX_DIRS; i++)
		if (dir_used[i] && strcmp(dirs[i], dir) == 0)
			dir_used[i] = 0;
}

static void remove_dir_in_handler(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		char buf[4096];
		long n;
		while ((n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0)
			for (long off = 0; off < n;) {
				/* struct linux_dirent64: ino (8), off (8), reclen (2), type (1), name */
				unsigned short reclen;
				memcpy(&reclen, buf + off + 16, sizeof reclen);
				const char *name = buf + off + 19;
				if (!(name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'))))
					unlinkat(fd, name, 0);
				off += reclen;
			}
		close(fd);
	}
	rmdir(dir);
}

static void on_signal(int sig)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (pending[i])
			unlink(pending[i]);
	for (int i = 0; i < MAX_DIRS; i++)
		if (dir_used[i])
			remove_dir_in_handler(dirs[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

void cs_outfile_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

int cs_outfile_open(struct cs_outfile *o, const char *path, struct cs_err *err)
{
	memset(o, 0, sizeof *o);
	if (!path || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return 0;
	}
	o->path = strdup(path);
	/* the temporary file lives in the target's directory, so rename(2)
	 * stays within one file system */
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path + 1) : 0;
	size_t n = strlen(path) + 16;
	o->tmp = malloc(n);
	if (!o->path || !o->tmp) {
		cs_outfile_abort(o);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	snprintf(o->tmp, n, "%.*s.%s.XXXXXX", (int)dirlen, path, path + dirlen);
	int fd = mkstemp(o->tmp);
	if (fd < 0) {
		int e = errno;
		free(o->tmp);
		o->tmp = NULL;
		cs_outfile_abort(o);
		return cs_err_set(err, CS_EXIT_ENV, "cannot write '%s': %s", path, strerror(e));
	}
	remember(o->tmp);
	/* mkstemp makes the file 0600; give it the mode a new file would get */
	mode_t mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	o->fp = fdopen(fd, "w");
	if (!o->fp) {
		int e = errno;
		close(fd);
		cs_outfile_abort(o);
		return cs_err_set(err, CS_EXIT_ENV, "cannot write '%s': %s", path, strerror(e));
	}
	return 0;
}

int cs_outfile_commit(struct cs_outfile *o, struct cs_err *err)
{
	if (!o->tmp) {   /* standard output */
		if (fflush(stdout) != 0 || ferror(stdout))
			return cs_err_set(err, CS_EXIT_ENV, "write error: %s", strerror(errno));
		return 0;
	}
	int bad = fflush(o->fp) != 0 || ferror(o->fp) || fsync(fileno(o->fp)) != 0;
	int e = errno;
	if (fclose(o->fp) != 0 && !bad)
		bad = 1, e = errno;
	o->fp = NULL;
	if (!bad && rename(o->tmp, o->path) != 0)
		bad = 1, e = errno;
	if (bad) {
		int rc = cs_err_set(err, CS_EXIT_ENV, "cannot write '%s': %s", o->path, strerror(e));
		cs_outfile_abort(o);
		return rc;
	}
	forget(o->tmp);
	free(o->tmp);
	free(o->path);
	o->tmp = o->path = NULL;
	return 0;
}

void cs_outfile_abort(struct cs_outfile *o)
{
	if (o->fp && o->fp != stdout)
		fclose(o->fp);
	o->fp = NULL;
	if (o->tmp) {
		unlink(o->tmp);
		forget(o->tmp);
		free(o->tmp);
	}
	free(o->path);
	o->tmp = o->path = NULL;
}
