/* sc-course-vocabulary-rules.c - the table of the course format's elements
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where each element may appear, its attributes and its children; the
 * walk that applies the table is in sc-course-vocabulary.c. The schema in
 * data/rng/ says the same: keep the two in step.
 */
#include "config.h"

#include "sc-course-names.h"
#include "sc-course-vocabulary-private.h"

#define INLINE "em strong code link term"
#define BLOCKS "p list table callout figure worked-example sop template practice"

static const AttrRule no_attrs[] = { { NULL } };
static const AttrRule id_attrs[] = { { "id", ATTR_ID, TRUE }, { NULL } };
static const AttrRule course_attrs[] = {
  { "id", ATTR_ID, TRUE }, { "version", ATTR_TEXT, TRUE }, { NULL } };
static const AttrRule src_attrs[] = { { "src", ATTR_TEXT, TRUE }, { NULL } };
static const AttrRule objective_attrs[] = {
  { "id", ATTR_ID, TRUE }, { "competencies", ATTR_IDS, TRUE }, { NULL } };
static const AttrRule assessment_attrs[] = { { "quiz", ATTR_ID, TRUE }, { "practice", ATTR_ID, FALSE },
                                              { NULL } };
static const AttrRule ref_attrs[] = { { "ref", ATTR_ID, TRUE }, { NULL } };
static const AttrRule lesson_attrs[] = {
  { "id", ATTR_ID, TRUE }, { "minutes", ATTR_MINUTES, TRUE },
  { "objectives", ATTR_IDS, FALSE }, { "practice", ATTR_ID, FALSE }, { NULL } };
static const AttrRule section_attrs[] = { { "id", ATTR_ID, FALSE }, { NULL } };
static const AttrRule list_attrs[] = {
  { "type", ATTR_ENUM, FALSE, "unordered ordered" }, { NULL } };
static const AttrRule row_attrs[] = { { "header", ATTR_BOOLEAN, FALSE }, { NULL } };
static const AttrRule callout_attrs[] = {
  { "type", ATTR_ENUM, TRUE, "tip warning policy example" }, { NULL } };
static const AttrRule figure_attrs[] = {
  { "src", ATTR_TEXT, TRUE }, { "alt", ATTR_TEXT, TRUE }, { NULL } };
static const AttrRule number_attrs[] = { { "label", ATTR_TEXT, TRUE }, { NULL } };
static const AttrRule practice_attrs[] = {
  { "panel", ATTR_ENUM, TRUE, "listings orders inventory" },
  { "scenario", ATTR_ID, TRUE }, { NULL } };
static const AttrRule quiz_attrs[] = {
  { "id", ATTR_ID, TRUE }, { "bank", ATTR_ID, TRUE },
  { "behaviour", ATTR_ENUM, FALSE, "deferred immediate interactive" },
  { "attempts", ATTR_NUMBER, FALSE, "0 " G_STRINGIFY (SC_QUIZ_MAX_ATTEMPTS) },
  { "minutes", ATTR_MINUTES, FALSE },
  { "pass", ATTR_NUMBER, FALSE, "0 100" },
  { "shuffle", ATTR_BOOLEAN, FALSE }, { "shuffle-answers", ATTR_BOOLEAN, FALSE }, { NULL } };
static const AttrRule quiz_question_attrs[] = { { "idnumber", ATTR_TEXT, TRUE }, { NULL } };
static const AttrRule quiz_random_attrs[] = {
  { "count", ATTR_NUMBER, TRUE, "1 " G_STRINGIFY (SC_QUIZ_MAX_DRAW) },
  { "category", ATTR_TEXT, FALSE }, { "subcategories", ATTR_BOOLEAN, FALSE },
  { "tag", ATTR_TEXT, FALSE }, { NULL } };
static const AttrRule link_attrs[] = {
  { "lesson", ATTR_ID, FALSE }, { "href", ATTR_TEXT, FALSE }, { NULL } };

static const ElementRule rules[] = {
  /* course.xml */
  { "course", "/", 0, course_attrs,
    "title language authors license iri-base description glossary domain",
    "title language authors license description domain",
    "title language authors license iri-base description glossary" },
  { "title", NULL, TEXT | NONEMPTY, no_attrs, "", "", "" },
  { "language", NULL, TEXT | NONEMPTY, no_attrs, "", "", "" },
  { "authors", NULL, 0, no_attrs, "author", "author", "" },
  { "author", NULL, TEXT | NONEMPTY, no_attrs, "", "", "" },
  { "license", NULL, TEXT | NONEMPTY, no_attrs, "", "", "" },
  { "iri-base", NULL, TEXT | NONEMPTY, no_attrs, "", "", "" },
  { "description", NULL, TEXT, no_attrs, INLINE, "", "" },
  { "glossary", "course", 0, src_attrs, "", "", "" },
  { "domain", NULL, 0, id_attrs, "title description competency module", "title",
    "title description" },
  { "competency", NULL, 0, id_attrs, "title description", "title", "title description" },
  { "module", NULL, 0, id_attrs, "title description objective lesson assessment",
    "title objective lesson", "title description assessment" },
  { "objective", NULL, TEXT | NONEMPTY, objective_attrs, "", "", "" },
  { "lesson", "module", 0, src_attrs, "", "", "" },
  { "assessment", NULL, 0, assessment_attrs, "", "", "" },

  /* glossary */
  { "glossary", "/", 0, no_attrs, "entry", "", "" },
  { "entry", NULL, 0, id_attrs, "term definition see-also", "term definition",
    "term definition" },
  { "term", "entry", TEXT | NONEMPTY, no_attrs, "", "", "" },
  { "definition", NULL, TEXT | NONEMPTY, no_attrs, INLINE, "", "" },
  { "see-also", NULL, 0, ref_attrs, "", "", "" },

  /* lessons */
  { "lesson", "/", 0, lesson_attrs, "title section", "title section", "title" },
  { "section", NULL, 0, section_attrs, "heading section " BLOCKS, "heading", "heading" },
  { "heading", NULL, TEXT | NONEMPTY, no_attrs, "", "", "" },
  { "p", NULL, TEXT, no_attrs, INLINE, "", "" },
  { "list", NULL, 0, list_attrs, "item", "item", "" },
  { "item", NULL, TEXT, no_attrs, INLINE " p list", "", "" },
  { "table", NULL, 0, no_attrs, "caption row", "row", "caption" },
  { "caption", NULL, TEXT, no_attrs, INLINE, "", "" },
  { "row", NULL, 0, row_attrs, "cell", "cell", "" },
  { "cell", NULL, TEXT, no_attrs, INLINE, "", "" },
  { "callout", NULL, 0, callout_attrs, "title p list table figure template", "", "title" },
  { "figure", NULL, 0, figure_attrs, "caption", "", "caption" },
  { "worked-example", NULL, 0, no_attrs, "title problem numbers solution answer",
    "title problem solution", "title problem numbers solution answer" },
  { "problem", NULL, 0, no_attrs, "p list table figure", "", "" },
  { "numbers", NULL, 0, no_attrs, "number", "number", "" },
  { "number", NULL, TEXT | NONEMPTY, number_attrs, "", "", "" },
  { "solution", NULL, 0, no_attrs, "step", "step", "" },
  { "step", NULL, TEXT | NONEMPTY, no_attrs, INLINE, "", "" },
  { "answer", NULL, TEXT | NONEMPTY, no_attrs, INLINE, "", "" },
  { "sop", NULL, 0, id_attrs, "title step", "title step", "title" },
  { "template", NULL, 0, section_attrs, "title text", "text", "title text" },
  { "text", NULL, TEXT | NONEMPTY, no_attrs, "", "", "" },
  { "practice", NULL, 0, practice_attrs, "title description goal", "title goal",
    "title description" },
  { "goal", NULL, TEXT | NONEMPTY, id_attrs, INLINE, "", "" },

  /* quizzes */
  { "quiz", "/", 0, quiz_attrs, "title question random", "title", "title" },
  { "question", "quiz", 0, quiz_question_attrs, "", "", "" },
  { "random", "quiz", 0, quiz_random_attrs, "", "", "" },

  /* inline */
  { "em", NULL, TEXT, no_attrs, INLINE, "", "" },
  { "strong", NULL, TEXT, no_attrs, INLINE, "", "" },
  { "code", NULL, TEXT | NONEMPTY, no_attrs, "", "", "" },
  { "link", NULL, TEXT | NONEMPTY, link_attrs, "em strong code", "", "" },
  { "term", NULL, TEXT | NONEMPTY, ref_attrs, "", "", "" },
};

/* Every element of a document is looked up here, so the table is indexed
 * once per process: element name -> the first rule of that name, and each
 * rule's next rule of the same name (a name may have a rule per parent). */
typedef struct
{
  GHashTable *first;                    /* name -> index + 1 */
  guint       next[G_N_ELEMENTS (rules)];  /* index + 1 of the next rule of that name, or 0 */
} RuleIndex;

static const RuleIndex *
rule_index (void)
{
  static RuleIndex *index = NULL;

  if (g_once_init_enter (&index))
    {
      RuleIndex *built = g_new0 (RuleIndex, 1);
      guint last[G_N_ELEMENTS (rules)] = { 0 };

      built->first = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
        {
          guint first = GPOINTER_TO_UINT (g_hash_table_lookup (built->first, rules[i].name));

          if (first == 0)
            g_hash_table_insert (built->first, (gpointer) rules[i].name, GUINT_TO_POINTER (i + 1));
          else
            built->next[last[first - 1] - 1] = i + 1;
          last[first != 0 ? first - 1 : i] = i + 1;
        }
      g_once_init_leave (&index, built);
    }

  return index;
}

const ElementRule *
sc_course_vocabulary_find_rule (const char *name,
                                const char *parent)
{
  const RuleIndex *index = rule_index ();
  const ElementRule *fallback = NULL;

  for (guint i = GPOINTER_TO_UINT (g_hash_table_lookup (index->first, name)); i != 0;
       i = index->next[i - 1])
    {
      const ElementRule *rule = &rules[i - 1];

      if (rule->parent != NULL && g_str_equal (rule->parent, parent))
        return rule;
      if (rule->parent == NULL || fallback == NULL)
        fallback = rule;
    }

  return fallback;
}

static const char *
suggest_from_list (const char *word,
                   const char *list)
{
  g_auto(GStrv) words = g_strsplit (list, " ", -1);
  const char *best = sc_course_suggest (word, (const char * const *) words,
                                        g_strv_length (words));

  return best != NULL ? g_intern_string (best) : NULL;
}

const char *
sc_course_vocabulary_suggest_element (const char        *name,
                                      const ElementRule *parent)
{
  const char *names[G_N_ELEMENTS (rules)];
  const char *best;

  if (parent != NULL && (best = suggest_from_list (name, parent->children)) != NULL)
    return best;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    names[i] = rules[i].name;

  return sc_course_suggest (name, names, G_N_ELEMENTS (names));
}

gboolean
sc_course_vocabulary_is_known_element (const char *name)
{
  return g_hash_table_contains (rule_index ()->first, name);
}
