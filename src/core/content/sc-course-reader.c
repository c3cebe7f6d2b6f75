/* sc-course-reader.c - a course folder into an ScCourse, or every reason why not
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading reads course.xml, the glossary, every lesson it lists and the
 * quizzes of quizzes/ (sc-quiz-reader.c, with the banks they draw from), checks
 * each with the structural pass, then checks the references between them,
 * and only then runs the RELAX NG schema as a backstop on the files the
 * structural pass and the readers found clean (on a thread of its own,
 * sc-course-backstop.c, while the next files are read). It never stops at the first problem: an
 * author gets the whole list at once. A course with any problem is refused
 * as a whole, so the caller keeps the course it already has.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemastypes.h>

#include "sc-content-xml.h"
#include "sc-content-arena.h"
#include "sc-course-backstop.h"
#include "sc-course-checks-private.h"
#include "sc-course-prefetch.h"
#include "sc-course-names.h"
#include "sc-course-private.h"
#include "sc-course-reader-private.h"
#include "sc-course-index-stream.h"
#include "sc-course-reader.h"
#include "sc-course-schema.h"
#include "sc-course-vocabulary.h"
#include "sc-error.h"
#include "sc-lesson-reader.h"
#include "sc-quiz-reader.h"
#include "sc-rich-text-xml.h"

#define COURSE_FILE "course.xml"

/* Fewer lesson files than this are read on the reader's own thread: a
 * small course is read before a thread would be of use, and the app
 * reads it while its window is being built, on two cores (measured: the
 * built-in course's eight lessons on a thread of their own made the
 * start-up 12–18 ms slower). */
#define PREFETCH_MIN_LESSONS 32

static guint prefetch_min = PREFETCH_MIN_LESSONS;

/**
 * sc_course_reader_set_prefetch_min:
 *
 * For tests: from how many lesson files a course load reads them ahead
 * on a thread (1: always; G_MAXUINT: never). Set it before loading.
 */
void
sc_course_reader_set_prefetch_min (guint n_lessons)
{
  prefetch_min = n_lessons;
}

typedef struct
{
  ScCourseReader   *reader;
  ScCourseSchema   *schema;    /* for the quizzes, checked where they are read */
  ScCourseBackstop *backstop;  /* (nullable): for the other files, started at the first */
  ScCoursePrefetch *prefetch;  /* (nullable): the lesson files, read ahead */
  ScCourseIndexStream *stream; /* (nullable): where each lesson goes for search as it is read */
  ScCourse         *course;
  GHashTable       *lesson_files;  /* relative path -> line of its <lesson>, once read */
  gboolean          lessons_complete;
  gboolean          glossary_complete;
  gboolean          quizzes_complete;
} Load;

/**
 * sc_course_reader_init:
 *
 * Initializes libxml2's parser and the datatype libraries the schema uses
 * (RELAX NG's and XML Schema's); none is safe to set up from two threads
 * at once. Also sets up the C
 * locale of GLib's g_ascii_strtoull (): in GLib 2.74 a thread that waits
 * for another to set it up can come out with errno set, and
 * g_ascii_string_to_unsigned () then refuses a good number (minutes="18"
 * was refused now and then on a course read ahead; see
 * tests/unit/test-numbers-on-threads.c). Call it once on the main thread
 * at start-up, before any course is read on another thread
 * (sc_course_load() calls it too, which is harmless after the first time).
 */
void
sc_course_reader_init (void)
{
  /* Before libxml2 is busy on other threads: see sc-content-arena.c. */
  sc_content_arena_install ();
  xmlInitParser ();
  xmlRelaxNGInitTypes ();
  /* The XML Schema datatypes the schema names ("token", …): libxml2 sets
   * them up at the first lookup, which two threads compiling a schema at
   * once may both take for theirs (tests/unit/test-course.c,
   * schema-first-on-two-threads). */
  xmlSchemaInitTypes ();
  g_ascii_strtoull ("0", NULL, 10);
}

/**
 * sc_course_resolve_dir:
 * @option_dir: (nullable): the folder given with `--course`
 * @course_id: (nullable): the installed course to fall back to, or %NULL
 *   for %SC_COURSE_BUILTIN_ID
 *
 * Where the course comes from: `SHOPCRAFT_COURSE_DIR`, then `--course`,
 * then `$datadir/shopcraft/courses/<id>`. No source path is ever compiled
 * in.
 *
 * Returns: (transfer full): a canonical folder path
 */
char *
sc_course_resolve_dir (const char *option_dir,
                       const char *course_id)
{
  const char *env = g_getenv ("SHOPCRAFT_COURSE_DIR");

  if (env != NULL && *env != '\0')
    return g_canonicalize_filename (env, NULL);

  if (option_dir != NULL && *option_dir != '\0')
    return g_canonicalize_filename (option_dir, NULL);

  return g_build_filename (PKGDATADIR, "courses",
                           course_id != NULL ? course_id : SC_COURSE_BUILTIN_ID, NULL);
}

/* Reads, parses and structurally checks one file; its bytes go to
 * @out_bytes when it is not %NULL. */
static xmlDoc *
read_document (Load              *load,
               const char        *real_path,
               const char        *file,
               ScCourseFileKind   kind,
               GBytes           **out_bytes)
{
  ScCourseProblems *problems = load->reader->problems;
  g_autoptr(GBytes) bytes = sc_content_read_file (real_path, file, problems);
  xmlDoc *doc;
  gsize size = 0;
  const char *data;

  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  doc = sc_content_parse (data != NULL ? data : "", size, file, problems);
  if (doc == NULL)
    return NULL;

  sc_course_vocabulary_check (doc, kind, file, problems);
  if (out_bytes != NULL)
    *out_bytes = g_steal_pointer (&bytes);

  return doc;
}

/* Frees *@doc, or gives it to @release (with @release_data) when not
 * %NULL: a document read ahead goes back to the thread that read it,
 * with its arena (sc-course-prefetch.c). */
static void
give_back (xmlDoc                  **doc,
           ScCourseBackstopRelease   release,
           gpointer                  release_data)
{
  xmlDoc *done = g_steal_pointer (doc);

  if (done == NULL)
    return;
  if (release != NULL)
    release (done, release_data);
  else
    xmlFreeDoc (done);
}

/* The schema is a backstop: it runs on a file only when nothing else
 * found a problem in it, so an author never reads the same mistake twice,
 * once in the structural pass's words and once in libxml2's, and only
 * when it has not passed these same @bytes before (the load's checks).
 * It takes *@doc, which the caller must not touch afterwards; once
 * validated (or at once, when it is not), the document goes to
 * give_back (). */
static void
run_backstop (Load                     *load,
              xmlDoc                  **doc,
              GBytes                   *bytes,
              const char               *file,
              ScCourseBackstopRelease   release,
              gpointer                  release_data)
{
  ScCourseChecks *checks = load->reader->checks;

  if (sc_course_problems_count_file (load->reader->problems, file) > 0)
    {
      give_back (doc, release, release_data);
      return;
    }

  if (checks != NULL)
    {
      g_autofree char *key = sc_course_checks_key (checks, "schema", bytes, NULL);

      if (sc_course_checks_reuse (checks, key))
        {
          give_back (doc, release, release_data);
          return;
        }
    }

  if (load->backstop == NULL)
    load->backstop = sc_course_backstop_new ();
  sc_course_backstop_push (load->backstop, g_steal_pointer (doc), file, release, release_data);
}

static void
report_path (Load          *load,
             ScContentPath  result,
             const char    *what,
             const char    *src,
             guint          line)
{
  ScCourseProblems *problems = load->reader->problems;

  switch (result)
    {
    case SC_CONTENT_PATH_ESCAPES:
      /* TRANSLATORS: "lesson file “../x.xml” must be a path inside the course folder" */
      sc_course_problems_add (problems, COURSE_FILE, line,
                              _("%s “%s” must be a path inside the course folder"), what, src);
      break;
    case SC_CONTENT_PATH_OUTSIDE:
      sc_course_problems_add (problems, COURSE_FILE, line,
                              _("%s “%s” leads outside the course folder through a symbolic "
                                "link"), what, src);
      break;
    case SC_CONTENT_PATH_MISSING:
      sc_course_problems_add (problems, COURSE_FILE, line, _("%s “%s” does not exist"), what, src);
      break;
    case SC_CONTENT_PATH_NOT_FILE:
      sc_course_problems_add (problems, COURSE_FILE, line, _("%s “%s” is not a file"), what, src);
      break;
    case SC_CONTENT_PATH_OK:
    default:
      break;
    }
}

static GStrv
read_see_also (Load       *load,
               const char *file,
               xmlNode    *entry,
               const char *entry_id)
{
  g_autoptr(GStrvBuilder) see_also = g_strv_builder_new ();

  for (xmlNode *ref = entry->children; ref != NULL; ref = ref->next)
    {
      g_autofree char *id = NULL;

      if (ref->type != XML_ELEMENT_NODE || ref->ns != NULL ||
          !g_str_equal ((const char *) ref->name, "see-also"))
        continue;

      id = sc_content_xml_attr (ref, "ref");
      if (id == NULL)
        continue;

      sc_course_reader_add_ref (load->reader, SC_REF_SEE_ALSO, id, file,
                                sc_content_node_line (ref), entry_id);
      g_strv_builder_add (see_also, id);
    }

  return g_strv_builder_end (see_also);
}

static void
read_glossary (Load    *load,
               xmlNode *node)
{
  g_autofree char *src = sc_content_xml_attr (node, "src");
  g_autofree char *real_path = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ScContentPath result;

  if (src == NULL || *src == '\0')
    return;

  result = sc_content_resolve_path (load->reader->dir, src, &real_path);
  if (result != SC_CONTENT_PATH_OK)
    {
      report_path (load, result, _("glossary file"), src, sc_content_node_line (node));
      return;
    }

  doc = read_document (load, real_path, src, SC_COURSE_FILE_GLOSSARY, &bytes);
  if (doc == NULL)
    return;

  for (xmlNode *child = xmlDocGetRootElement (doc)->children; child != NULL; child = child->next)
    {
      g_autoptr(ScGlossaryEntry) entry = NULL;
      guint line = sc_content_node_line (child);

      if (child->type != XML_ELEMENT_NODE || child->ns != NULL ||
          !g_str_equal ((const char *) child->name, "entry"))
        continue;

      entry = sc_glossary_entry_new ();
      entry->id = sc_content_xml_attr (child, "id");
      entry->term = sc_course_xml_text (sc_course_xml_child (child, "term"));
      g_clear_pointer (&entry->definition, sc_rich_text_unref);
      entry->definition = sc_rich_text_xml_inline (load->reader, src,
                                                   sc_course_xml_child (child, "definition"));

      g_strfreev (entry->see_also);
      entry->see_also = read_see_also (load, src, child, entry->id);

      if (entry->id == NULL || !sc_course_is_valid_id (entry->id))
        continue;

      sc_course_reader_add_target (load->reader, SC_REF_TERM, entry->id);
      sc_course_reader_add_target (load->reader, SC_REF_SEE_ALSO, entry->id);
      if (sc_course_reader_claim_id (load->reader, _("glossary entry"), NULL, entry->id, src, line))
        sc_glossary_add (load->course->glossary, g_steal_pointer (&entry));
    }

  run_backstop (load, &doc, bytes, src, NULL, NULL);
  load->glossary_complete = TRUE;
}

/* The lesson file @src from the prefetch, with its problems added to the
 * course's; %NULL when the reader has to read it itself. */
static ScCoursePrefetched *
take_prefetched (Load       *load,
                 const char *src)
{
  ScCoursePrefetched *prefetched;

  if (load->prefetch == NULL)
    return NULL;

  prefetched = sc_course_prefetch_take (load->prefetch, src);
  for (guint i = 0; prefetched != NULL && i < sc_course_problems_get_len (prefetched->problems); i++)
    {
      const ScCourseProblem *problem = sc_course_problems_get (prefetched->problems, i);

      sc_course_problems_add_literal (load->reader->problems, problem->file, problem->line,
                                      problem->message);
    }

  return prefetched;
}

static void
read_lesson (Load     *load,
             ScModule *module,
             xmlNode  *node)
{
  g_autofree char *src = sc_content_xml_attr (node, "src");
  g_autofree char *real_path = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ScCoursePrefetched *prefetched;
  ScCourseBackstopRelease release = NULL;
  gpointer release_data = NULL;
  gboolean read_ahead;
  ScLesson *lesson;
  ScContentPath result;
  guint line = sc_content_node_line (node);

  if (src == NULL || *src == '\0')
    {
      load->lessons_complete = FALSE;
      return;
    }

  prefetched = take_prefetched (load, src);
  read_ahead = prefetched != NULL;
  if (read_ahead)
    {
      result = prefetched->result;
      doc = g_steal_pointer (&prefetched->doc);
      bytes = g_steal_pointer (&prefetched->bytes);
      sc_course_prefetched_free (prefetched);
      release = sc_course_prefetch_free_doc;
      release_data = load->prefetch;
    }
  else
    result = sc_content_resolve_path (load->reader->dir, src, &real_path);

  if (result == SC_CONTENT_PATH_OK && !g_str_has_prefix (src, "lessons/"))
    sc_course_problems_add (load->reader->problems, COURSE_FILE, line,
                            _("lesson file “%s” must be in the lessons/ folder"), src);
  if (result != SC_CONTENT_PATH_OK)
    {
      report_path (load, result, _("lesson file"), src, line);
      load->lessons_complete = FALSE;
      give_back (&doc, release, release_data);
      return;
    }

  /* Not g_hash_table_add (), which would put the key in place of the
   * line a first listing stored. */
  if (g_hash_table_contains (load->lesson_files, src))
    {
      sc_course_problems_add (load->reader->problems, COURSE_FILE, line,
                              _("lesson file “%s” is listed twice"), src);
      give_back (&doc, release, release_data);
      return;
    }
  g_hash_table_insert (load->lesson_files, g_strdup (src), GUINT_TO_POINTER (0));

  if (!read_ahead)
    doc = read_document (load, real_path, src, SC_COURSE_FILE_LESSON, &bytes);
  /* What search needs is taken now; the body is built from the same
   * bytes when the lesson is opened. */
  lesson = doc != NULL ? sc_lesson_reader_scan (load->reader, src, doc, bytes) : NULL;
  if (lesson == NULL)
    {
      load->lessons_complete = FALSE;
      give_back (&doc, release, release_data);
      return;
    }

  g_ptr_array_add (module->lessons, lesson);
  if (load->stream != NULL)
    sc_course_index_stream_add_lesson (load->stream, lesson);
  g_hash_table_insert (load->lesson_files, g_strdup (src),
                       GUINT_TO_POINTER (sc_content_node_line (xmlDocGetRootElement (doc))));
  run_backstop (load, &doc, bytes, src, release, release_data);
}

/* A lesson's practice quiz may not be a module's closing quiz: its
 * attempts, as often as the learner likes, would count for the module.
 * A module's assessment practice is the practice card of one of its
 * lessons, so the learner finds it where the module teaches it. */
static void
check_practice (Load *load)
{
  GPtrArray *domains = load->course->domains;
  GPtrArray *quizzes = load->course->quizzes;

  for (guint d = 0; d < domains->len; d++)
    {
      ScDomain *domain = g_ptr_array_index (domains, d);

      for (guint m = 0; m < domain->modules->len; m++)
        {
          ScModule *module = g_ptr_array_index (domain->modules, m);

          if (module->assessment_practice != NULL && load->lessons_complete &&
              sc_module_find_practice (module, module->assessment_practice) == NULL)
            sc_course_problems_add (load->reader->problems, COURSE_FILE, module->assessment_line,
                                    _("module “%s” is assessed by the practice “%s”, which none of "
                                      "its lessons offers; add <practice scenario=\"%s\"> to one of "
                                      "them"), module->id, module->assessment_practice,
                                    module->assessment_practice);

          for (guint l = 0; l < module->lessons->len; l++)
            {
              ScLesson *lesson = g_ptr_array_index (module->lessons, l);

              for (guint q = 0; lesson->practice != NULL && q < quizzes->len; q++)
                {
                  ScAttemptQuiz *quiz = g_ptr_array_index (quizzes, q);

                  if (g_str_equal (quiz->id, lesson->practice) && quiz->module_id != NULL)
                    sc_course_problems_add (load->reader->problems, lesson->file,
                                            GPOINTER_TO_UINT (g_hash_table_lookup (load->lesson_files,
                                                                                   lesson->file)),
                                            _("lesson “%s” practises with “%s”, the closing quiz "
                                              "of module “%s”; give the lesson a practice quiz "
                                              "of its own, so practice does not count for the "
                                              "module"), lesson->id, quiz->id, quiz->module_id);
                }
            }
        }
    }
}

static char *
child_text (xmlNode    *node,
            const char *name)
{
  return sc_course_xml_text (sc_course_xml_child (node, name));
}

static void
build_metadata (Load    *load,
                xmlNode *root)
{
  ScCourse *course = load->course;
  ScCourseProblems *problems = load->reader->problems;
  xmlNode *node;
  g_autoptr(GStrvBuilder) authors = g_strv_builder_new ();

  course->id = sc_content_xml_attr (root, "id");
  course->version = sc_content_xml_attr (root, "version");
  course->title = child_text (root, "title");
  course->language = child_text (root, "language");
  course->license = child_text (root, "license");

  node = sc_course_xml_child (root, "language");
  if (node != NULL && *course->language != '\0' && !sc_course_is_language_tag (course->language))
    sc_course_problems_add (problems, COURSE_FILE, sc_content_node_line (node),
                            _("language “%s” is not a language tag such as “en” or “pt-BR”"),
                            course->language);

  node = sc_course_xml_child (root, "iri-base");
  if (node != NULL)
    {
      course->iri_base = sc_course_xml_text (node);
      if (*course->iri_base != '\0' && !sc_course_is_iri_base (course->iri_base))
        sc_course_problems_add (problems, COURSE_FILE, sc_content_node_line (node),
                                _("iri-base “%s” must be an absolute IRI ending in “/” or “:”"),
                                course->iri_base);
    }

  node = sc_course_xml_child (root, "authors");
  for (xmlNode *author = node != NULL ? node->children : NULL; author != NULL; author = author->next)
    if (author->type == XML_ELEMENT_NODE && g_str_equal ((const char *) author->name, "author"))
      {
        g_autofree char *name = sc_course_xml_text (author);

        g_strv_builder_add (authors, name);
      }
  g_strfreev (course->authors);
  course->authors = g_strv_builder_end (authors);

  g_clear_pointer (&course->description, sc_rich_text_unref);
  course->description = sc_rich_text_xml_inline (load->reader, COURSE_FILE,
                                                 sc_course_xml_child (root, "description"));
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns == NULL &&
         g_str_equal ((const char *) node->name, name);
}

static ScRichText *
description_of (Load    *load,
                xmlNode *node)
{
  return sc_rich_text_xml_inline (load->reader, COURSE_FILE,
                                  sc_course_xml_child (node, "description"));
}

static ScObjective *
build_objective (Load    *load,
                 xmlNode *node)
{
  ScObjective *objective = sc_objective_new ();
  guint line = sc_content_node_line (node);

  objective->id = sc_content_xml_attr (node, "id");
  objective->text = sc_course_xml_text (node);
  g_strfreev (objective->competencies);
  objective->competencies = sc_course_xml_ids (node, "competencies");

  sc_course_reader_claim_id (load->reader, _("objective"), NULL, objective->id, COURSE_FILE, line);
  sc_course_reader_add_target (load->reader, SC_REF_OBJECTIVE, objective->id);
  for (guint i = 0; objective->competencies[i] != NULL; i++)
    sc_course_reader_add_ref (load->reader, SC_REF_COMPETENCY, objective->competencies[i],
                              COURSE_FILE, line, objective->id);

  return objective;
}

static ScModule *
build_module (Load       *load,
              xmlNode    *node,
              const char *domain_id)
{
  ScModule *module = sc_module_new ();

  module->id = sc_content_xml_attr (node, "id");
  module->title = child_text (node, "title");
  module->domain_id = g_strdup (domain_id);
  g_clear_pointer (&module->description, sc_rich_text_unref);
  module->description = description_of (load, node);
  sc_course_reader_claim_id (load->reader, _("module"), NULL, module->id, COURSE_FILE,
                            sc_content_node_line (node));

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "objective"))
        g_ptr_array_add (module->objectives, build_objective (load, child));
      else if (is_element (child, "lesson"))
        read_lesson (load, module, child);
      else if (is_element (child, "assessment") && module->assessment == NULL)
        {
          module->assessment = sc_content_xml_attr (child, "quiz");
          module->assessment_practice = sc_content_xml_attr (child, "practice");
          module->assessment_line = sc_content_node_line (child);
          if (module->assessment != NULL && module->id != NULL)
            sc_course_reader_add_ref (load->reader, SC_REF_QUIZ, module->assessment, COURSE_FILE,
                                      sc_content_node_line (child), module->id);
        }
    }

  return module;
}

static ScDomain *
build_domain (Load    *load,
              xmlNode *node)
{
  ScDomain *domain = sc_domain_new ();

  domain->id = sc_content_xml_attr (node, "id");
  domain->title = child_text (node, "title");
  g_clear_pointer (&domain->description, sc_rich_text_unref);
  domain->description = description_of (load, node);
  sc_course_reader_claim_id (load->reader, _("domain"), NULL, domain->id, COURSE_FILE,
                            sc_content_node_line (node));

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "competency"))
        {
          ScCompetency *competency = sc_competency_new ();

          competency->id = sc_content_xml_attr (child, "id");
          competency->title = child_text (child, "title");
          competency->domain_id = g_strdup (domain->id);
          g_clear_pointer (&competency->description, sc_rich_text_unref);
          competency->description = description_of (load, child);
          sc_course_reader_claim_id (load->reader, _("competency"), NULL, competency->id,
                                    COURSE_FILE, sc_content_node_line (child));
          sc_course_reader_add_target (load->reader, SC_REF_COMPETENCY, competency->id);
          g_ptr_array_add (domain->competencies, competency);
        }
    }

  /* Competencies first: the whole framework is known before any module. */
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_element (child, "module"))
      g_ptr_array_add (domain->modules, build_module (load, child, domain->id));

  return domain;
}

/* The lesson files course.xml lists, in the order read_lesson () meets
 * them: domain by domain, module by module. */
static GPtrArray *
list_lesson_files (xmlNode *root)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  for (xmlNode *domain = root->children; domain != NULL; domain = domain->next)
    {
      if (!is_element (domain, "domain"))
        continue;
      for (xmlNode *module = domain->children; module != NULL; module = module->next)
        {
          if (!is_element (module, "module"))
            continue;
          for (xmlNode *lesson = module->children; lesson != NULL; lesson = lesson->next)
            {
              char *src;

              if (!is_element (lesson, "lesson"))
                continue;
              src = sc_content_xml_attr (lesson, "src");
              if (src != NULL && *src != '\0')
                g_ptr_array_add (files, src);
              else
                g_free (src);
            }
        }
    }

  return files;
}

static void
read_course (Load *load)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autofree char *real_path = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ScContentPath result;
  xmlNode *root;

  result = sc_content_resolve_path (load->reader->dir, COURSE_FILE, &real_path);
  if (result != SC_CONTENT_PATH_OK)
    {
      sc_course_problems_add_literal (load->reader->problems, COURSE_FILE, 0,
                                      result == SC_CONTENT_PATH_MISSING
                                      ? _("is missing; a course folder starts with a course.xml")
                                      : _("is not a regular file inside the course folder"));
      return;
    }

  doc = read_document (load, real_path, COURSE_FILE, SC_COURSE_FILE_COURSE, &bytes);
  if (doc == NULL)
    return;

  root = xmlDocGetRootElement (doc);
  if (!is_element (root, "course"))
    return;

  build_metadata (load, root);
  if (load->stream != NULL)
    sc_course_index_stream_begin (load->stream, load->course->id);

  /* The lesson files are read and parsed ahead, on a thread, while this
   * one reads the glossary and builds the lessons in course order. */
  files = list_lesson_files (root);
  if (files->len >= prefetch_min)
    load->prefetch = sc_course_prefetch_new (load->reader->dir, g_steal_pointer (&files));

  /* The glossary first, so lessons can be checked against it. */
  load->glossary_complete = TRUE;
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (is_element (child, "glossary"))
      {
        load->glossary_complete = FALSE;
        read_glossary (load, child);
        break;
      }

  load->lessons_complete = TRUE;
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (is_element (child, "domain"))
      g_ptr_array_add (load->course->domains, build_domain (load, child));

  load->quizzes_complete = sc_quiz_reader_read_folder (load->reader, load->schema,
                                                       load->course->id, load->course->quizzes);
  sc_quiz_reader_link_modules (load->course->quizzes, load->course->domains);
  check_practice (load);

  sc_course_reader_check_refs (load->reader,
                               (1u << SC_REF_COMPETENCY) | (1u << SC_REF_OBJECTIVE) |
                               (load->quizzes_complete ?
                                (1u << SC_REF_QUIZ) | (1u << SC_REF_PRACTICE) : 0) |
                               (load->lessons_complete ? 1u << SC_REF_LESSON : 0) |
                               (load->glossary_complete ?
                                (1u << SC_REF_TERM) | (1u << SC_REF_SEE_ALSO) : 0));

  run_backstop (load, &doc, bytes, COURSE_FILE, NULL, NULL);
}

/**
 * sc_course_load:
 * @dir: the course folder
 * @problems: (nullable): where to add every problem found, as
 *   `FILE:LINE: message` with FILE relative to @dir
 *
 * Reads the course and runs every check.
 *
 * Returns: (transfer full) (nullable): the course, or %NULL when it has any
 *   problem: then @error says how many and names the first, and @problems
 *   holds them all
 */
ScCourse *
sc_course_load (const char        *dir,
                ScCourseProblems  *problems,
                GError           **error)
{
  return sc_course_load_checked (dir, NULL, problems, error);
}

/**
 * sc_course_load_checked:
 * @dir: the course folder
 * @checks: (nullable): the checks passed before: those of the schema
 *   and of quizzes against their banks are not run again on the same
 *   bytes; when the course loads, @checks holds the ones it used
 * @problems: (nullable): as sc_course_load()'s
 *
 * sc_course_load(), sparing the costliest checks where an unchanged
 * course passed them before (sc-course-checks.c). The structural pass and
 * the references are checked every time.
 *
 * Returns: (transfer full) (nullable): as sc_course_load()'s
 */
ScCourse *
sc_course_load_checked (const char        *dir,
                        ScCourseChecks    *checks,
                        ScCourseProblems  *problems,
                        GError           **error)
{
  return sc_course_load_indexed (dir, checks, NULL, problems, error);
}

/**
 * sc_course_load_indexed:
 * @checks: (nullable): as sc_course_load_checked()'s
 * @stream: (nullable): where each lesson goes for the search index as
 *   soon as it is read (sc-course-index-stream.c); finish it with the
 *   course returned, or %NULL
 *
 * sc_course_load_checked(), indexing a course new to the search store
 * while it is read.
 *
 * Returns: (transfer full) (nullable): as sc_course_load()'s
 */
ScCourse *
sc_course_load_indexed (const char           *dir,
                        ScCourseChecks       *checks,
                        ScCourseIndexStream  *stream,
                        ScCourseProblems     *problems,
                        GError              **error)
{
  g_autoptr(ScCourseProblems) own_problems = NULL;
  g_autoptr(ScCourseReader) reader = NULL;
  g_autoptr(ScCourseSchema) schema = NULL;
  g_autoptr(GHashTable) lesson_files = NULL;
  g_autoptr(ScCourse) course = NULL;
  Load load = { NULL };
  char *real_dir;
  guint before;
  guint found;
  int saved;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sc_course_reader_init ();
  if (checks != NULL)
    sc_course_checks_begin (checks);

  if (problems == NULL)
    problems = own_problems = sc_course_problems_new ();
  before = sc_course_problems_get_len (problems);

  real_dir = realpath (dir, NULL);
  saved = real_dir == NULL ? errno : ENOTDIR;
  if (real_dir == NULL || !g_file_test (real_dir, G_FILE_TEST_IS_DIR))
    {
      free (real_dir);
      if (checks != NULL)
        sc_course_checks_finish (checks, FALSE);
      sc_course_problems_add_literal (problems, dir, 0,
                                      _("is not a folder; give the folder that holds course.xml"));
      g_set_error (error, SC_ERROR, SC_ERROR_IO,
                   _("The course folder “%s” cannot be opened: %s"), dir,
                   g_strerror (saved));
      return NULL;
    }

  reader = sc_course_reader_new (real_dir, problems);
  free (real_dir);
  schema = sc_course_schema_new ();
  lesson_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  course = sc_course_new ();
  course->directory = g_strdup (reader->dir);

  reader->checks = checks;

  load.reader = reader;
  load.schema = schema;
  load.stream = stream;
  load.course = course;
  load.lesson_files = lesson_files;
  read_course (&load);
  if (load.backstop != NULL)
    sc_course_backstop_finish (g_steal_pointer (&load.backstop), problems);
  /* After the backstop, which hands the last documents back to it. */
  g_clear_pointer (&load.prefetch, sc_course_prefetch_finish);

  found = sc_course_problems_get_len (problems) - before;
  if (checks != NULL)
    sc_course_checks_finish (checks, found == 0);
  if (found > 0)
    {
      g_autofree char *first = sc_course_problem_to_string (sc_course_problems_get (problems, 0));

      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The course in “%s” has %u problem: %s",
                                "The course in “%s” has %u problems; the first is %s",
                                found),
                   dir, found, first);
      /* Its lessons' search rows may still be in use. */
      if (stream != NULL)
        sc_course_index_stream_hold (stream, g_steal_pointer (&course));
      return NULL;
    }

  sc_course_build_index (course);

  return g_steal_pointer (&course);
}
