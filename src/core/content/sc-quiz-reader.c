/* sc-quiz-reader.c - a course's quizzes/FILE.xml into ScAttemptQuiz, checked against its banks
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A quiz file names one bank of the course (bank="listing-essentials" is
 * questions/listing-essentials.xml, stored as the bank
 * "COURSE/listing-essentials") and lists fixed questions by idnumber and
 * random draws by category and/or tag. Every line is checked against the
 * bank's questions as the course is read, so an author learns about a
 * mistyped idnumber or a draw the bank cannot fill from
 * `shopcraft --validate-course`, not from a learner whose attempt will not
 * start. The vocabulary pass has already checked names and numbers.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-content-hash.h"
#include "sc-content-xml.h"
#include "sc-course-checks-private.h"
#include "sc-course-names.h"
#include "sc-course-vocabulary.h"
#include "sc-moodle-xml-private.h"
#include "sc-moodle-xml-reader.h"
#include "sc-quiz-reader.h"

/* A bank of the course, read once however many quizzes draw from it:
 * its bytes first (enough to know whether its checks passed before),
 * its questions only when a quiz has to be checked against them. */
typedef struct
{
  char      *file;       /* questions/NAME.xml */
  GBytes    *bytes;      /* (nullable): NULL when it cannot be read */
  GBytes    *digest;     /* (nullable): of bytes, once a quiz's checks asked */
  GError    *error;      /* (nullable): why it cannot be read */
  gboolean   missing;    /* not a file inside the course folder */
  gboolean   parsed;     /* whether questions was tried */
  gboolean   reported;   /* whether its being unusable was said */
  GPtrArray *questions;  /* (nullable): of ScQuestion, once parsed */
} Bank;

static void
bank_free (gpointer data)
{
  Bank *bank = data;

  g_free (bank->file);
  g_clear_pointer (&bank->bytes, g_bytes_unref);
  g_clear_pointer (&bank->digest, g_bytes_unref);
  g_clear_error (&bank->error);
  g_clear_pointer (&bank->questions, g_ptr_array_unref);
  g_free (bank);
}

/* The banks read while checking quizzes: bank name -> Bank. */
static GHashTable *
banks_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, bank_free);
}

static Bank *
get_bank (ScCourseReader *reader,
          GHashTable     *banks,
          const char     *name)
{
  g_autofree char *real_path = NULL;
  Bank *bank = g_hash_table_lookup (banks, name);

  if (bank != NULL)
    return bank;

  bank = g_new0 (Bank, 1);
  bank->file = g_strconcat ("questions/", name, ".xml", NULL);
  g_hash_table_insert (banks, g_strdup (name), bank);

  if (reader->dir == NULL ||
      sc_content_resolve_path (reader->dir, bank->file, &real_path) != SC_CONTENT_PATH_OK)
    bank->missing = TRUE;
  else
    bank->bytes = sc_moodle_xml_load (real_path, bank->file, &bank->error);

  return bank;
}

/* The questions of @name, or NULL when the bank cannot be used: that is
 * said once, at the first quiz that draws from it. */
static GPtrArray *
lookup_bank (ScCourseReader *reader,
             GHashTable     *banks,
             const char     *name,
             const char     *file,
             guint           line)
{
  Bank *bank = get_bank (reader, banks, name);

  if (!bank->parsed && bank->bytes != NULL)
    {
      gsize size = 0;
      const char *data = g_bytes_get_data (bank->bytes, &size);

      bank->questions = sc_moodle_xml_read_memory (data != NULL ? data : "", size, bank->file,
                                                   SC_MOODLE_XML_READ_DEFAULT, reader->problems,
                                                   &bank->error);
    }
  bank->parsed = TRUE;

  if (bank->questions == NULL && !bank->reported)
    {
      bank->reported = TRUE;
      if (bank->missing)
        sc_course_problems_add (reader->problems, file, line,
                                _("the question bank “%s” does not exist: there is no %s in the "
                                  "course folder"), name, bank->file);
      else
        sc_course_problems_add (reader->problems, file, line,
                                _("the question bank “%s” cannot be read: %s"), name,
                                bank->error != NULL ? bank->error->message : "");
    }

  return bank->questions;
}

/* "$course$/A" is "$course$/top/A", as Moodle 3.5+ writes it and the
 * Moodle XML reader stores it. */
static char **
category_components (const char *path)
{
  g_auto(GStrv) parts = sc_question_category_parse (path);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = parts != NULL ? g_strv_length (parts) : 0;

  if (n == 0)
    return g_new0 (char *, 1);

  g_strv_builder_add (builder, parts[0]);
  if (parts[0][0] == '$' && g_str_has_suffix (parts[0], "$") && strlen (parts[0]) > 1 &&
      (n == 1 || !g_str_equal (parts[1], "top")))
    g_strv_builder_add (builder, "top");
  for (guint i = 1; i < n; i++)
    g_strv_builder_add (builder, parts[i]);

  return g_strv_builder_end (builder);
}

static gboolean
in_category (const ScQuestion   *question,
             const char * const *category,
             gboolean            only_category)
{
  guint i;

  if (category == NULL)
    return TRUE;
  if (question->category == NULL)
    return FALSE;

  for (i = 0; category[i] != NULL; i++)
    if (question->category[i] == NULL || !g_str_equal (question->category[i], category[i]))
      return FALSE;

  return !only_category || question->category[i] == NULL;
}

static gboolean
has_tag (const ScQuestion *question,
         const char       *tag)
{
  if (tag == NULL)
    return TRUE;

  for (guint i = 0; i < question->tags->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (question->tags, i), tag) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_drawable (const ScQuestion *question)
{
  return question->type != SC_QUESTION_DESCRIPTION && question->type != SC_QUESTION_UNSUPPORTED;
}

static void
check_fixed (ScCourseReader *reader,
             GPtrArray      *questions,
             const char     *bank,
             const char     *idnumber,
             const char     *file,
             guint           line)
{
  g_autoptr(GPtrArray) idnumbers = g_ptr_array_new ();
  const char *suggestion;

  for (guint i = 0; i < questions->len; i++)
    {
      const ScQuestion *question = g_ptr_array_index (questions, i);

      if (question->idnumber == NULL)
        continue;
      if (g_str_equal (question->idnumber, idnumber))
        {
          if (!is_drawable (question))
            sc_course_problems_add (reader->problems, file, line,
                                    _("question “%s” of the question bank “%s” cannot be "
                                      "asked: it has no answer to give"), idnumber, bank);
          return;
        }
      if (is_drawable (question))
        g_ptr_array_add (idnumbers, question->idnumber);
    }

  suggestion = sc_course_suggest (idnumber, (const char * const *) idnumbers->pdata,
                                  idnumbers->len);
  if (suggestion != NULL)
    sc_course_problems_add (reader->problems, file, line,
                            _("the question bank “%s” has no question “%s”; did you mean “%s”?"),
                            bank, idnumber, suggestion);
  else
    sc_course_problems_add (reader->problems, file, line,
                            _("the question bank “%s” has no question “%s”"), bank, idnumber);
}

static gboolean
is_fixed (const ScAttemptQuiz *quiz,
          const ScQuestion    *question)
{
  for (guint i = 0; question->idnumber != NULL && i < quiz->picks->len; i++)
    {
      const ScQuizPick *pick = g_ptr_array_index (quiz->picks, i);

      if (g_strcmp0 (pick->idnumber, question->idnumber) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether a random draw may take @question. Fixed questions are never
 * drawn, wherever they stand in the quiz, as when an attempt starts. */
static gboolean
in_pool (const ScAttemptQuiz *quiz,
         const ScQuizPick    *pick,
         const ScQuestion    *question)
{
  g_auto(GStrv) category = NULL;

  if (!is_drawable (question) || is_fixed (quiz, question) || !has_tag (question, pick->tag))
    return FALSE;

  category = pick->category != NULL ? category_components (pick->category) : NULL;

  return in_category (question, (const char * const *) category, pick->only_category);
}

/* The most the random draws before @index can take from its pool: each
 * takes its count, or all it shares with the pool if that is fewer. */
static guint
taken_before (GPtrArray           *questions,
              const ScAttemptQuiz *quiz,
              guint                index)
{
  const ScQuizPick *pick = g_ptr_array_index (quiz->picks, index);
  guint taken = 0;

  for (guint p = 0; p < index; p++)
    {
      const ScQuizPick *before = g_ptr_array_index (quiz->picks, p);
      guint shared = 0;

      if (before->idnumber != NULL)
        continue;
      for (guint i = 0; i < questions->len; i++)
        {
          const ScQuestion *question = g_ptr_array_index (questions, i);

          if (in_pool (quiz, before, question) && in_pool (quiz, pick, question))
            shared++;
        }
      taken += MIN (before->count, shared);
    }

  return taken;
}

static void
check_draw (ScCourseReader      *reader,
            GPtrArray           *questions,
            const ScAttemptQuiz *quiz,
            guint                index,
            const char          *bank,
            const char          *file,
            guint                line)
{
  const ScQuizPick *pick = g_ptr_array_index (quiz->picks, index);
  g_autofree char *what = NULL;
  guint n = 0;
  guint taken;

  for (guint i = 0; i < questions->len; i++)
    if (in_pool (quiz, pick, g_ptr_array_index (questions, i)))
      n++;

  taken = n >= pick->count ? taken_before (questions, quiz, index) : 0;
  if (n >= pick->count && n - MIN (taken, n) >= pick->count)
    return;

  if (pick->category != NULL && pick->tag != NULL)
    /* TRANSLATORS: what a random draw takes questions from */
    what = g_strdup_printf (_("category “%s” with the tag “%s”"), pick->category, pick->tag);
  else if (pick->category != NULL)
    what = g_strdup_printf (_("category “%s”"), pick->category);
  else if (pick->tag != NULL)
    what = g_strdup_printf (_("the tag “%s”"), pick->tag);
  else
    what = g_strdup (_("the whole bank"));

  if (n >= pick->count)
    sc_course_problems_add (reader->problems, file, line,
                            _("<random> draws %u from %s, but the draws above it may take %u "
                              "of the %u questions there; draw fewer, or give the draws "
                              "different categories or tags"), pick->count, what, taken, n);
  else if (n == 0)
    sc_course_problems_add (reader->problems, file, line,
                            _("<random> draws %u from %s, but the question bank “%s” has no "
                              "question there that can be drawn"), pick->count, what, bank);
  else
    sc_course_problems_add (reader->problems, file, line,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "<random> draws %u from %s, but the question bank “%s” "
                                         "has only %u question there that can be drawn",
                                         "<random> draws %u from %s, but the question bank “%s” "
                                         "has only %u questions there that can be drawn",
                                         n),
                            pick->count, what, bank, n);
}

static guint
parse_number (xmlNode    *node,
              const char *name,
              guint       fallback)
{
  g_autofree char *value = sc_content_xml_attr (node, name);
  guint64 number;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, &number, NULL))
    return fallback;

  return (guint) number;
}

static gboolean
parse_boolean (xmlNode    *node,
               const char *name,
               gboolean    fallback)
{
  g_autofree char *value = sc_content_xml_attr (node, name);

  if (value == NULL)
    return fallback;

  return g_str_equal (value, "true");
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns == NULL &&
         g_str_equal ((const char *) node->name, name);
}

/* Reports every problem of the quiz in @doc (parsed and through the
 * vocabulary pass) and of its lines against the bank to the reader's
 * problems. Returns NULL when the quiz has no id or bank. */
static ScAttemptQuiz *
build_quiz (ScCourseReader *reader,
            GHashTable     *banks,
            const char     *course_id,
            const char     *file,
            GBytes         *bytes,
            xmlDoc         *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *id = NULL;
  g_autofree char *bank = NULL;
  g_autofree char *bank_name = NULL;
  g_autofree char *behaviour = NULL;
  g_autoptr(ScAttemptQuiz) quiz = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *questions;
  guint line;

  if (root == NULL || !is_element (root, "quiz"))
    return NULL;

  line = sc_content_node_line (root);
  id = sc_content_xml_attr (root, "id");
  bank = sc_content_xml_attr (root, "bank");
  if (id == NULL || !sc_course_is_valid_id (id) || bank == NULL || !sc_course_is_valid_id (bank))
    return NULL;

  bank_name = g_strconcat (course_id != NULL ? course_id : "", "/", bank, NULL);
  quiz = sc_attempt_quiz_new (id, bank_name);
  quiz->course_id = g_strdup (course_id);
  quiz->title = sc_course_xml_text (sc_course_xml_child (root, "title"));
  behaviour = sc_content_xml_attr (root, "behaviour");
  if (behaviour != NULL)
    sc_behaviour_from_string (behaviour, &quiz->behaviour);
  quiz->attempts_allowed = parse_number (root, "attempts", 0);
  quiz->time_limit = parse_number (root, "minutes", 0) * 60;
  quiz->pass_fraction = MIN (parse_number (root, "pass", 0), 100) / 100.0;
  quiz->shuffle_questions = parse_boolean (root, "shuffle", FALSE);
  quiz->shuffle_answers = parse_boolean (root, "shuffle-answers", TRUE);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (is_element (child, "question"))
        {
          g_autofree char *idnumber = sc_content_xml_attr (child, "idnumber");

          guint pick_line = sc_content_node_line (child);

          if (idnumber == NULL || *idnumber == '\0')
            continue;
          sc_attempt_quiz_add_question (quiz, idnumber);
          g_array_append_val (lines, pick_line);
        }
      else if (is_element (child, "random"))
        {
          g_autofree char *category = sc_content_xml_attr (child, "category");
          g_autofree char *tag = sc_content_xml_attr (child, "tag");
          guint count = parse_number (child, "count", 0);
          guint pick_line = sc_content_node_line (child);
          ScQuizPick *pick;

          if (count == 0)
            continue;
          if (category != NULL)
            {
              g_auto(GStrv) components = category_components (category);

              g_free (category);
              category = sc_question_category_format ((const char * const *) components);
            }
          pick = sc_attempt_quiz_add_random (quiz, category, tag, count);
          pick->only_category = category != NULL && !parse_boolean (child, "subcategories", TRUE);
          g_array_append_val (lines, pick_line);
        }
    }

  if (quiz->picks->len == 0)
    {
      if (sc_course_problems_count_file (reader->problems, file) == 0)
        sc_course_problems_add (reader->problems, file, line,
                                _("quiz “%s” asks no questions; add a <question> or a "
                                  "<random> draw"), id);
      return g_steal_pointer (&quiz);
    }

  /* The lines against the bank: not again when this quiz and this bank,
   * byte for byte, passed before. */
  if (reader->checks != NULL && sc_course_problems_count_file (reader->problems, file) == 0)
    {
      Bank *read = get_bank (reader, banks, bank);

      /* The bank by its digest: hashed once for all the quizzes that
       * draw from it. */
      if (read->bytes != NULL && read->digest == NULL)
        {
          gsize size = 0;
          const void *data = g_bytes_get_data (read->bytes, &size);
          char *digest = sc_content_hash_bytes (data, size);

          read->digest = g_bytes_new_take (digest, strlen (digest));
        }
      if (read->bytes != NULL)
        {
          g_autofree char *key = sc_course_checks_key (reader->checks, "quiz-bank", bytes,
                                                       read->digest);

          if (sc_course_checks_reuse (reader->checks, key))
            return g_steal_pointer (&quiz);
        }
    }

  questions = lookup_bank (reader, banks, bank, file, line);
  if (questions == NULL)
    return g_steal_pointer (&quiz);

  for (guint p = 0; p < quiz->picks->len; p++)
    {
      const ScQuizPick *pick = g_ptr_array_index (quiz->picks, p);
      guint pick_line = g_array_index (lines, guint, p);

      if (pick->idnumber != NULL)
        check_fixed (reader, questions, bank, pick->idnumber, file, pick_line);
      else
        check_draw (reader, questions, quiz, p, bank, file, pick_line);
    }

  return g_steal_pointer (&quiz);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Reads, parses and checks one file as the course reader does its other
 * files; the schema runs only on a file the other checks found clean. */
static gboolean
read_quiz (ScCourseReader *reader,
           ScCourseSchema *schema,
           GHashTable     *banks,
           const char     *course_id,
           const char     *name,
           GPtrArray      *quizzes)
{
  g_autofree char *file = g_strconcat ("quizzes/", name, NULL);
  g_autofree char *real_path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  ScAttemptQuiz *quiz;
  ScContentPath result;
  const char *data;
  gsize size = 0;

  result = sc_content_resolve_path (reader->dir, file, &real_path);
  if (result == SC_CONTENT_PATH_OUTSIDE)
    sc_course_problems_add_literal (reader->problems, file, 0,
                                    _("leads outside the course folder through a symbolic link; "
                                      "copy the file into quizzes/"));
  if (result != SC_CONTENT_PATH_OK)
    return FALSE;

  bytes = sc_content_read_file (real_path, file, reader->problems);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  doc = sc_content_parse (data != NULL ? data : "", size, file, reader->problems);
  if (doc == NULL)
    return FALSE;
  sc_course_vocabulary_check (doc, SC_COURSE_FILE_QUIZ, file, reader->problems);

  quiz = build_quiz (reader, banks, course_id, file, bytes, doc);
  if (quiz == NULL)
    return FALSE;

  sc_course_reader_add_target (reader, SC_REF_QUIZ, quiz->id);
  sc_course_reader_add_target (reader, SC_REF_PRACTICE, quiz->id);
  if (sc_course_reader_claim_id (reader, _("quiz"), NULL, quiz->id, file,
                                 sc_content_node_line (xmlDocGetRootElement (doc))))
    g_ptr_array_add (quizzes, quiz);
  else
    sc_attempt_quiz_free (quiz);

  if (sc_course_problems_count_file (reader->problems, file) == 0)
    {
      g_autofree char *key = NULL;

      if (reader->checks != NULL)
        key = sc_course_checks_key (reader->checks, "schema", bytes, NULL);
      if (key == NULL || !sc_course_checks_reuse (reader->checks, key))
        sc_course_schema_validate (schema, doc, file, reader->problems);
    }

  return TRUE;
}

/**
 * sc_quiz_reader_read_folder:
 * @course_id: (nullable): the course's id, the first part of bank names
 * @quizzes: (element-type ScAttemptQuiz): where each quiz read is added
 *
 * Reads every quizzes/FILE.xml of the course, in the order of their
 * names (a course needs none), and registers their ids as targets of
 * <assessment quiz>.
 *
 * Returns: %TRUE when every quiz file gave a quiz, so that references
 *   to quizzes can be checked
 */
gboolean
sc_quiz_reader_read_folder (ScCourseReader *reader,
                            ScCourseSchema *schema,
                            const char     *course_id,
                            GPtrArray      *quizzes)
{
  g_autofree char *dir_path = NULL;
  g_autoptr(GHashTable) banks = banks_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  gboolean complete = TRUE;
  const char *name;

  g_return_val_if_fail (reader != NULL && reader->dir != NULL, FALSE);
  g_return_val_if_fail (quizzes != NULL, FALSE);

  dir_path = g_build_filename (reader->dir, "quizzes", NULL);
  if (!g_file_test (dir_path, G_FILE_TEST_IS_DIR))
    return TRUE;

  dir = g_dir_open (dir_path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    if (!read_quiz (reader, schema, banks, course_id, g_ptr_array_index (names, i), quizzes))
      complete = FALSE;

  return complete;
}

/**
 * sc_quiz_reader_link_modules:
 * @quizzes: (element-type ScAttemptQuiz)
 * @domains: (element-type ScDomain)
 *
 * Sets each quiz's module_id: the module whose assessment names it.
 */
void
sc_quiz_reader_link_modules (GPtrArray *quizzes,
                             GPtrArray *domains)
{
  for (guint d = 0; d < domains->len; d++)
    {
      ScDomain *domain = g_ptr_array_index (domains, d);

      for (guint m = 0; m < domain->modules->len; m++)
        {
          ScModule *module = g_ptr_array_index (domain->modules, m);

          for (guint q = 0; module->assessment != NULL && q < quizzes->len; q++)
            {
              ScAttemptQuiz *quiz = g_ptr_array_index (quizzes, q);

              if (g_str_equal (quiz->id, module->assessment) && quiz->module_id == NULL)
                quiz->module_id = g_strdup (module->id);
            }
        }
    }
}
