/* sc-policy.c - a marketplace policy: the thresholds the listing linter applies
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading, the getters and the category match; walking the XML is in
 * sc-policy-read.c.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sc-content-xml.h"
#include "sc-policy-private.h"

static void
limit_free (ScPolicyLimit *limit)
{
  g_free (limit->rule);
  g_free (limit->name);
  g_free (limit->source);
  g_free (limit->date);
  g_free (limit);
}

static void
category_free (ScPolicyCategory *category)
{
  g_free (category->id);
  g_free (category->path);
  g_strfreev (category->attributes);
  g_free (category->source);
  g_free (category->date);
  g_free (category);
}

void
sc_policy_free (ScPolicy *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->title);
  g_free (self->source);
  g_free (self->date);
  g_ptr_array_unref (self->limits);
  g_ptr_array_unref (self->categories);
  g_hash_table_unref (self->phrases);
  g_free (self);
}

ScPolicy *
sc_policy_new_empty (void)
{
  ScPolicy *self = g_new0 (ScPolicy, 1);

  self->limits = g_ptr_array_new_with_free_func ((GDestroyNotify) limit_free);
  self->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) category_free);
  self->phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_strfreev);
  return self;
}

/**
 * sc_policy_load:
 * @course_dir: the canonical path of the course folder
 * @relative: "policies/general-marketplace.xml"
 *
 * Returns: (transfer full) (nullable): the policy, or %NULL with its problems added
 */
ScPolicy *
sc_policy_load (const char       *course_dir,
                const char       *relative,
                ScCourseProblems *problems)
{
  g_autofree char *real_path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (course_dir != NULL, NULL);
  g_return_val_if_fail (relative != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  if (sc_content_resolve_path (course_dir, relative, &real_path) != SC_CONTENT_PATH_OK)
    {
      sc_course_problems_add_literal (problems, relative, 0,
                                      _("is missing or lies outside the course folder"));
      return NULL;
    }

  bytes = sc_content_read_file (real_path, relative, problems);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return sc_policy_parse (data != NULL ? data : "", length, relative, problems);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * sc_policy_load_all:
 * @course_dir: the course folder
 *
 * Loads the .xml files of policies/ in name order; a course without the folder has none.
 *
 * Returns: (transfer full) (element-type ScPolicy): the policies that loaded
 */
GPtrArray *
sc_policy_load_all (const char       *course_dir,
                    ScCourseProblems *problems)
{
  GPtrArray *policies = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_policy_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folder = NULL;
  g_autoptr(GDir) dir = NULL;
  char *canonical;
  const char *name;

  g_return_val_if_fail (course_dir != NULL, policies);
  g_return_val_if_fail (problems != NULL, policies);

  canonical = realpath (course_dir, NULL);
  if (canonical == NULL)
    return policies;

  folder = g_build_filename (canonical, "policies", NULL);
  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml") && name[0] != '.')
      g_ptr_array_add (names, g_strconcat ("policies/", name, NULL));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      ScPolicy *policy = sc_policy_load (canonical, g_ptr_array_index (names, i), problems);

      if (policy != NULL)
        g_ptr_array_add (policies, policy);
    }

  free (canonical);
  return policies;
}

const char *
sc_policy_get_id (const ScPolicy *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->id;
}

const char *
sc_policy_get_title (const ScPolicy *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

const char *
sc_policy_get_source (const ScPolicy *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->source;
}

const char *
sc_policy_get_date (const ScPolicy *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->date;
}

/**
 * sc_policy_get_limit:
 *
 * Returns: (transfer none) (nullable): the threshold, or %NULL when the
 *   policy does not set it
 */
const ScPolicyLimit *
sc_policy_get_limit (const ScPolicy *self,
                     const char     *rule,
                     const char     *name)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->limits->len; i++)
    {
      const ScPolicyLimit *limit = g_ptr_array_index (self->limits, i);

      if (g_str_equal (limit->rule, rule) && g_str_equal (limit->name, name))
        return limit;
    }

  return NULL;
}

gboolean
sc_policy_get_value (const ScPolicy *self,
                     const char     *rule,
                     const char     *name,
                     gint64         *out_value)
{
  const ScPolicyLimit *limit = sc_policy_get_limit (self, rule, name);

  if (limit == NULL)
    return FALSE;

  *out_value = limit->value;
  return TRUE;
}

/**
 * sc_policy_get_phrases:
 *
 * Returns: (transfer none) (array zero-terminated=1): the list, case-folded;
 *   empty when the policy has none
 */
const char * const *
sc_policy_get_phrases (const ScPolicy *self,
                       const char     *rule)
{
  static const char * const none[] = { NULL };
  const char * const *list;

  g_return_val_if_fail (self != NULL, none);

  list = g_hash_table_lookup (self->phrases, rule);
  return list != NULL ? list : none;
}

/* "Apparel & Accessories > Clothing" starts with "apparel & accessories"
 * at a step boundary, "Apparel Stuff" does not. */
static gboolean
path_has_prefix (const char *path,
                 const char *prefix)
{
  g_autofree char *folded_path = g_utf8_casefold (path, -1);
  g_autofree char *folded_prefix = g_utf8_casefold (prefix, -1);
  const char *rest;

  if (!g_str_has_prefix (folded_path, folded_prefix))
    return FALSE;

  rest = folded_path + strlen (folded_prefix);
  while (*rest == ' ')
    rest++;

  return *rest == '\0' || *rest == '>';
}

/**
 * sc_policy_match_category:
 *
 * Returns: (transfer none) (nullable): the category with the longest path
 *   that @category_path starts with
 */
const ScPolicyCategory *
sc_policy_match_category (const ScPolicy *self,
                          const char     *category_path)
{
  const ScPolicyCategory *best = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (category_path == NULL || *category_path == '\0')
    return NULL;

  for (guint i = 0; i < self->categories->len; i++)
    {
      const ScPolicyCategory *category = g_ptr_array_index (self->categories, i);

      if (path_has_prefix (category_path, category->path) &&
          (best == NULL || strlen (category->path) > strlen (best->path)))
        best = category;
    }

  return best;
}
