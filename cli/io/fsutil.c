/* fsutil.c - see fsutil.h. */
#include "cli/io/fsutil.h"
#include "cli/io/outfile.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <nettle/sha2.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* mkdir -p of the directories above path. */
static int make_parents(const char *path)
{
	char buf[PATH_MAX];
	if (strlen(path) >= sizeof buf)
		return -1;
	strcpy(buf, path);
	for (char *p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0777) != 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	return 0;
}

char *cs_dir_beside(const char *target, struct cs_err *err)
{
	size_t n = strlen(target);
	while (n > 1 && target[n - 1] == '/')
		n--;
	if (make_parents(target) != 0) {
		cs_err_set(err, CS_EXIT_ENV, "cannot create the directories above '%s': %s", target, strerror(errno));
		return NULL;
	}
	char *tmp = malloc(n + 16);
	if (!tmp) {
		cs_err_set(err, CS_EXIT_ENV, "out of memory");
		return NULL;
	}
	snprintf(tmp, n + 16, "%.*s.tmp.XXXXXX", (int)n, target);
	if (!mkdtemp(tmp)) {
		cs_err_set(err, CS_EXIT_ENV, "cannot create a directory beside '%s': %s", target, strerror(errno));
		free(tmp);
		return NULL;
	}
	/* mkdtemp makes it 0700; give it the mode a new directory would get */
	mode_t mask = umask(0);
	umask(mask);
	chmod(tmp, 0777 & ~mask);
	cs_outfile_watch_dir(tmp);
	return tmp;
}

void cs_dir_remove(const char *dir)
{
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *e;
		while ((e = readdir(d)) != NULL)
			if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
				unlinkat(dirfd(d), e->d_name, 0);
		closedir(d);
	}
	rmdir(dir);
	cs_outfile_unwatch_dir(dir);
}

int cs_dir_publish(const char *tmp, const char *target, int replace, struct cs_err *err)
{
	if (!replace) {
		/* renameat2(RENAME_NOREPLACE): never clobber a directory that
		 * appeared meanwhile */
		if (renameat2(AT_FDCWD, tmp, AT_FDCWD, target, RENAME_NOREPLACE) != 0)
			return cs_err_set(err, CS_EXIT_ENV, "cannot create '%s': %s", target, strerror(errno));
		cs_outfile_unwatch_dir(tmp);
		return 0;
	}
	if (renameat2(AT_FDCWD, tmp, AT_FDCWD, target, RENAME_EXCHANGE) != 0) {
		if (errno != ENOENT)
			return cs_err_set(err, CS_EXIT_ENV, "cannot replace '%s': %s", target, strerror(errno));
		if (rename(tmp, target) != 0)
			return cs_err_set(err, CS_EXIT_ENV, "cannot create '%s': %s", target, strerror(errno));
		cs_outfile_unwatch_dir(tmp);
		return 0;
	}
	/* tmp now names the old directory */
	cs_dir_remove(tmp);
	return 0;
}

void cs_sha256_buf(const void *data, size_t len, char hex[65])
{
	struct sha256_ctx c;
	uint8_t d[SHA256_DIGEST_SIZE];
	sha256_init(&c);
	sha256_update(&c, len, data);
	sha256_digest(&c, sizeof d, d);
	for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
}

int cs_sha256_file(const char *path, char hex[65])
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	struct sha256_ctx c;
	sha256_init(&c);
	char buf[1 << 14];
	ssize_t k;
	while ((k = read(fd, buf, sizeof buf)) > 0)
		sha256_update(&c, (size_t)k, (const uint8_t *)buf);
	int e = errno;
	close(fd);
	if (k < 0) {
		errno = e;
		return -1;
	}
	uint8_t d[SHA256_DIGEST_SIZE];
	sha256_digest(&c, sizeof d, d);
	for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
	return 0;
}

char *cs_relative_path(const char *from, const char *to)
{
	char a[PATH_MAX], b[PATH_MAX];
	if (!realpath(from, a) || !realpath(to, b))
		return NULL;
	/* the longest common directory prefix */
	size_t i = 0, last = 0;
	while (a[i] && a[i] == b[i]) {
		if (a[i] == '/')
			last = i;
		i++;
	}
	if (a[i] == '\0' && (b[i] == '/' || b[i] == '\0'))
		last = i;
	else if (b[i] == '\0' && a[i] == '/')
		last = i;
	size_t ups = 0;
	for (const char *p = a + last; *p; p++)
		if (*p == '/')
			ups++;
	const char *down = b + last + (b[last] == '/');
	size_t n = 3 * ups + strlen(down) + 2;
	char *out = malloc(n);
	if (!out)
		return NULL;
	out[0] = '\0';
	for (size_t k = 0; k < ups; k++)
		strcat(out, k + 1 < ups || *down ? "../" : "..");
	strcat(out, down);
	if (!out[0])
		strcpy(out, ".");
	return out;
}

int cs_capture_line(char *const argv[], char *buf, size_t size)
{
	int fds[2];
	if (pipe(fds) != 0)
		return -1;
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, fds[1], STDOUT_FILENO);
	posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addclose(&fa, fds[0]);
	pid_t pid;
	int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(fds[1]);
	if (rc != 0) {
		close(fds[0]);
		return -1;
	}
	size_t n = 0;
	ssize_t k;
	while (n + 1 < size && (k = read(fds[0], buf + n, size - 1 - n)) > 0)
		n += (size_t)k;
	buf[n] = '\0';
	char drain[256];
	while (read(fds[0], drain, sizeof drain) > 0)
		;
	close(fds[0]);
	int status;
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return -1;
	buf[strcspn(buf, "\r\n")] = '\0';
	return 0;
}
