/* sc-course-references.c - ids, cross-references and media paths of one course
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While the files are read, every id is claimed (a second claim is a
 * duplicate) and every reference is only noted; once all files are in,
 * the references are checked against what was found. A reference kind is
 * checked only when all its targets could be read: when a lesson file is
 * broken, the links to the lessons it would have defined are not
 * reported as well.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-content-xml.h"
#include "sc-rich-text.h"
#include "sc-course-reader-private.h"
#include "sc-course-names.h"

static void
ref_free (gpointer data)
{
  ScCourseRef *ref = data;

  g_free (ref->id);
  g_free (ref->file);
  g_free (ref->owner);
  g_free (ref);
}

ScCourseReader *
sc_course_reader_new (const char       *dir,
                      ScCourseProblems *problems)
{
  ScCourseReader *reader = g_new0 (ScCourseReader, 1);

  reader->dir = g_strdup (dir);
  reader->problems = problems;
  reader->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reader->refs = g_ptr_array_new_with_free_func (ref_free);
  reader->targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return reader;
}

void
sc_course_reader_free (ScCourseReader *reader)
{
  if (reader == NULL)
    return;

  g_free (reader->dir);
  g_hash_table_unref (reader->ids);
  g_ptr_array_unref (reader->refs);
  g_hash_table_unref (reader->targets);
  g_free (reader);
}

/* @number in decimal, written at the end of @digits: the keys and places
 * of ids are built for every id of a course, a few times faster than with
 * printf (). */
static const char *
format_number (char  digits[16],
               guint number)
{
  char *start = digits + 16;

  *--start = '\0';
  do
    {
      *--start = (char) ('0' + number % 10);
      number /= 10;
    }
  while (number > 0);

  return start;
}

/**
 * sc_course_reader_claim_id:
 * @kind: what the id names, as shown to the author ("lesson")
 * @scope: (nullable): the file for ids unique within one lesson, %NULL for
 *   ids unique in the whole course
 *
 * Returns: %FALSE, with a problem added, when @id is already taken
 */
gboolean
sc_course_reader_claim_id (ScCourseReader *reader,
                           const char     *kind,
                           const char     *scope,
                           const char     *id,
                           const char     *file,
                           guint           line)
{
  g_autofree char *key = NULL;
  char digits[16];
  const char *first;

  if (id == NULL || *id == '\0')
    return TRUE;

  key = g_strjoin ("\037", kind, scope != NULL ? scope : "", id, NULL);
  first = g_hash_table_lookup (reader->ids, key);
  if (first != NULL)
    {
      /* TRANSLATORS: "duplicate lesson id “titles” (first used at lessons/01.xml:2)" */
      sc_course_problems_add (reader->problems, file, line,
                              _("duplicate %s id “%s” (first used at %s)"), kind, id, first);
      return FALSE;
    }

  g_hash_table_insert (reader->ids, g_steal_pointer (&key),
                       g_strconcat (file, ":", format_number (digits, line), NULL));
  return TRUE;
}

static char *
target_key (ScRefKind   kind,
            const char *id)
{
  char digits[16];

  return g_strconcat (format_number (digits, (guint) kind), "\037", id, NULL);
}

void
sc_course_reader_add_target (ScCourseReader *reader,
                             ScRefKind       kind,
                             const char     *id)
{
  if (id != NULL)
    g_hash_table_add (reader->targets, target_key (kind, id));
}

/**
 * sc_course_reader_add_ref:
 * @owner: (nullable): the id of what holds the reference, for the message
 */
void
sc_course_reader_add_ref (ScCourseReader *reader,
                          ScRefKind       kind,
                          const char     *id,
                          const char     *file,
                          guint           line,
                          const char     *owner)
{
  ScCourseRef *ref;

  if (id == NULL || !sc_course_is_valid_id (id))
    return;

  ref = g_new0 (ScCourseRef, 1);
  ref->kind = kind;
  ref->id = g_strdup (id);
  ref->file = g_strdup (file);
  ref->line = line;
  ref->owner = g_strdup (owner != NULL ? owner : "");
  g_ptr_array_add (reader->refs, ref);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
targets_of_kind (ScCourseReader *reader,
                 ScRefKind       kind)
{
  g_autofree char *prefix = target_key (kind, "");
  GPtrArray *ids = g_ptr_array_new ();
  GHashTableIter iter;
  const char *key;

  g_hash_table_iter_init (&iter, reader->targets);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (g_str_has_prefix (key, prefix))
      g_ptr_array_add (ids, (gpointer) (key + strlen (prefix)));

  /* Ties in the suggestion go to the same id on every run. */
  g_ptr_array_sort (ids, compare_strings);

  return ids;
}

static void
report_dangling (ScCourseReader    *reader,
                 const ScCourseRef *ref,
                 const char        *suggestion)
{
  ScCourseProblems *problems = reader->problems;

  switch (ref->kind)
    {
    case SC_REF_LESSON:
      if (suggestion != NULL)
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("link to unknown lesson “%s”; did you mean “%s”?"),
                                ref->id, suggestion);
      else
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("link to unknown lesson “%s”"), ref->id);
      break;

    case SC_REF_TERM:
      if (suggestion != NULL)
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("unknown glossary term “%s”; did you mean “%s”?"),
                                ref->id, suggestion);
      else
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("unknown glossary term “%s”; add it to the glossary"), ref->id);
      break;

    case SC_REF_SEE_ALSO:
      if (suggestion != NULL)
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("see-also refers to unknown glossary entry “%s”; "
                                  "did you mean “%s”?"), ref->id, suggestion);
      else
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("see-also refers to unknown glossary entry “%s”"), ref->id);
      break;

    case SC_REF_COMPETENCY:
      if (suggestion != NULL)
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("objective “%s” maps to unknown competency “%s”; "
                                  "did you mean “%s”?"), ref->owner, ref->id, suggestion);
      else
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("objective “%s” maps to unknown competency “%s”"),
                                ref->owner, ref->id);
      break;

    case SC_REF_OBJECTIVE:
      if (suggestion != NULL)
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("lesson “%s” serves unknown objective “%s”; "
                                  "did you mean “%s”?"), ref->owner, ref->id, suggestion);
      else
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("lesson “%s” serves unknown objective “%s”"),
                                ref->owner, ref->id);
      break;

    case SC_REF_QUIZ:
      if (suggestion != NULL)
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("module “%s” is assessed by unknown quiz “%s”; "
                                  "did you mean “%s”?"), ref->owner, ref->id, suggestion);
      else
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("module “%s” is assessed by unknown quiz “%s”; add "
                                  "quizzes/%s.xml"), ref->owner, ref->id, ref->id);
      break;

    case SC_REF_PRACTICE:
      if (suggestion != NULL)
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("lesson “%s” practises with unknown quiz “%s”; "
                                  "did you mean “%s”?"), ref->owner, ref->id, suggestion);
      else
        sc_course_problems_add (problems, ref->file, ref->line,
                                _("lesson “%s” practises with unknown quiz “%s”; add "
                                  "quizzes/%s.xml"), ref->owner, ref->id, ref->id);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * sc_course_reader_check_refs:
 * @complete_kinds: a bit `1 << kind` for each #ScRefKind whose targets
 *   were all read
 */
void
sc_course_reader_check_refs (ScCourseReader *reader,
                             guint           complete_kinds)
{
  GPtrArray *candidates[SC_REF_PRACTICE + 1] = { NULL };

  for (guint i = 0; i < reader->refs->len; i++)
    {
      const ScCourseRef *ref = g_ptr_array_index (reader->refs, i);
      g_autofree char *key = NULL;
      const char *suggestion;

      if (!(complete_kinds & (1u << ref->kind)))
        continue;

      key = target_key (ref->kind, ref->id);
      if (g_hash_table_contains (reader->targets, key))
        continue;

      if (candidates[ref->kind] == NULL)
        candidates[ref->kind] = targets_of_kind (reader, ref->kind);
      suggestion = sc_course_suggest (ref->id,
                                      (const char * const *) candidates[ref->kind]->pdata,
                                      candidates[ref->kind]->len);
      report_dangling (reader, ref, suggestion);
    }

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    g_clear_pointer (&candidates[k], g_ptr_array_unref);
}

/**
 * sc_course_reader_check_media:
 * @src: a figure's src, as written
 *
 * Pictures live in media/ and nowhere else: not above the course folder,
 * not behind a symbolic link that leads out of it.
 */
void
sc_course_reader_check_media (ScCourseReader *reader,
                              const char     *src,
                              const char     *file,
                              guint           line)
{
  ScContentPath result;

  if (src == NULL || *src == '\0')
    return;

  if (reader->dir == NULL)
    result = sc_content_resolve_path ("/", src, NULL) == SC_CONTENT_PATH_ESCAPES
             ? SC_CONTENT_PATH_ESCAPES : SC_CONTENT_PATH_OK;
  else
    result = sc_content_resolve_path (reader->dir, src, NULL);

  if (result == SC_CONTENT_PATH_ESCAPES)
    {
      sc_course_problems_add (reader->problems, file, line,
                              _("figure source “%s” must be a path inside the course folder, "
                                "such as media/picture.png"), src);
      return;
    }

  if (!g_str_has_prefix (src, "media/"))
    {
      sc_course_problems_add (reader->problems, file, line,
                              _("figure source “%s” must be in the media/ folder"), src);
      return;
    }

  switch (result)
    {
    case SC_CONTENT_PATH_OK:
      break;
    case SC_CONTENT_PATH_OUTSIDE:
      sc_course_problems_add (reader->problems, file, line,
                              _("figure source “%s” leads outside the course folder through a "
                                "symbolic link; copy the file into media/"), src);
      break;
    case SC_CONTENT_PATH_MISSING:
      sc_course_problems_add (reader->problems, file, line,
                              _("figure source “%s” does not exist"), src);
      break;
    case SC_CONTENT_PATH_NOT_FILE:
      sc_course_problems_add (reader->problems, file, line,
                              _("figure source “%s” is not a file"), src);
      break;
    case SC_CONTENT_PATH_ESCAPES:
    default:
      g_assert_not_reached ();
    }
}

/**
 * sc_course_xml_text:
 *
 * Returns: (transfer full): the text inside @node with runs of white
 *   space folded to one space and the ends trimmed, "" for %NULL
 */
char *
sc_course_xml_text (xmlNode *node)
{
  xmlChar *raw = node != NULL ? xmlNodeGetContent (node) : NULL;
  char *folded;

  if (raw == NULL)
    return g_strdup ("");

  folded = g_strndup ((const char *) raw,
                      sc_rich_text_fold_spaces ((char *) raw, strlen ((const char *) raw)));
  xmlFree (raw);

  return folded;
}

/**
 * sc_course_xml_child:
 *
 * Returns: (nullable) (transfer none): the first child element called @name
 */
xmlNode *
sc_course_xml_child (xmlNode    *node,
                     const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && child->ns == NULL &&
        g_str_equal ((const char *) child->name, name))
      return child;

  return NULL;
}

/**
 * sc_course_xml_ids:
 *
 * Returns: (transfer full): the space-separated ids in attribute @name,
 *   an empty list when it is missing
 */
GStrv
sc_course_xml_ids (xmlNode    *node,
                   const char *name)
{
  g_autofree char *value = sc_content_xml_attr (node, name);
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (value != NULL)
    {
      parts = g_strsplit_set (value, " \t\r\n", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        if (*parts[i] != '\0')
          g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}
