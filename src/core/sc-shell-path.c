/* sc-shell-path.c - a path as a person reads it, and as they paste it into a shell
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A path under the home folder is written from "~", as GNOME's own
 * programs show it: shorter to read, and the user's account name stays
 * off a projected screen. In a command to paste into a shell, whatever
 * the shell would split or expand is quoted, and "~/" stays outside the
 * quotes so that the shell still expands it.
 */
#include "config.h"

#include <string.h>

#include "sc-shell-path.h"

/* What follows @home in @path: "" for @home itself, the part after its
 * "/" below it, or NULL when @path is not under @home. */
static const char *
under_home (const char *path,
            const char *home)
{
  gsize len;

  if (home == NULL || home[0] != '/' || home[1] == '\0')
    return NULL;

  len = strlen (home);
  while (len > 1 && home[len - 1] == '/')
    len--;
  if (strncmp (path, home, len) != 0)
    return NULL;
  if (path[len] == '\0')
    return path + len;
  if (path[len] == '/')
    return path + len + 1;

  return NULL;
}

/**
 * sc_path_for_display:
 * @home: (nullable): the home folder, as g_get_home_dir () gives it
 *
 * Returns: (transfer full): @path, from "~" when it is under @home
 */
char *
sc_path_for_display (const char *path,
                     const char *home)
{
  const char *rest;

  g_return_val_if_fail (path != NULL, NULL);

  rest = under_home (path, home);
  if (rest == NULL)
    return g_strdup (path);

  return *rest == '\0' ? g_strdup ("~") : g_strconcat ("~/", rest, NULL);
}

static gboolean
needs_quotes (const char *text)
{
  if (*text == '\0')
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("_./+-@%=:,", *p) == NULL)
      return TRUE;

  return FALSE;
}

static char *
quoted (const char *text)
{
  return needs_quotes (text) ? g_shell_quote (text) : g_strdup (text);
}

/**
 * sc_path_for_shell:
 * @home: (nullable): the home folder, as g_get_home_dir () gives it
 *
 * Returns: (transfer full): @path as one word of a shell command, from
 *   "~" when it is under @home
 */
char *
sc_path_for_shell (const char *path,
                   const char *home)
{
  g_autofree char *rest_quoted = NULL;
  const char *rest;

  g_return_val_if_fail (path != NULL, NULL);

  rest = under_home (path, home);
  if (rest == NULL)
    return quoted (path);
  if (*rest == '\0')
    return g_strdup ("~");

  rest_quoted = quoted (rest);

  return g_strconcat ("~/", rest_quoted, NULL);
}
