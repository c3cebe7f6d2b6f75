/* sc-course-schema.c - the RELAX NG backstop for course files
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema (data/rng/shopcraft-course.rng) is compiled into the core
 * resource and parsed from memory, so no path to a source tree or an
 * installed file is involved. Errors go to handlers on this schema's own
 * contexts; the global libxml2 handlers are never touched.
 *
 * Compiling the schema costs more than validating a small course with it,
 * and a load wants two at once (the reader's, for the quizzes, and the
 * backstop thread's). So a freed schema is kept for the next
 * sc_course_schema_new (), up to MAX_SPARE of them: each is handed to one
 * owner at a time, so no compiled schema is ever used by two threads at
 * once.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <libxml/relaxng.h>

#include "sc-content-xml.h"
#include "sc-course-schema.h"

#define MAX_SPARE 4

struct _ScCourseSchema
{
  xmlRelaxNGPtr schema;    /* (nullable): until first used, or when it does not compile */
  gboolean      compiled;  /* whether it was asked for */
};

/* Compiled schemas no one holds; under spare_lock. */
static xmlRelaxNGPtr spare[MAX_SPARE];
static guint n_spare;
G_LOCK_DEFINE_STATIC (spare_lock);

static xmlRelaxNGPtr
take_spare (void)
{
  xmlRelaxNGPtr schema = NULL;

  G_LOCK (spare_lock);
  if (n_spare > 0)
    schema = g_steal_pointer (&spare[--n_spare]);
  G_UNLOCK (spare_lock);

  return schema;
}

/* Keeps @schema for the next owner; FALSE when there are enough already. */
static gboolean
give_spare (xmlRelaxNGPtr schema)
{
  gboolean kept = FALSE;

  G_LOCK (spare_lock);
  if (n_spare < MAX_SPARE)
    {
      spare[n_spare++] = schema;
      kept = TRUE;
    }
  G_UNLOCK (spare_lock);

  return kept;
}

typedef struct
{
  const char       *file;
  ScCourseProblems *problems;
  gboolean          failed;
} Report;

static void
on_schema_error (void        *user_data,
                 xmlErrorPtr  error)
{
  GString *messages = user_data;

  if (error->message != NULL)
    g_string_append (messages, error->message);
}

/**
 * sc_course_schema_new:
 *
 * Returns: (transfer full): the schema, for one thread at a time;
 *   compiled when first used
 */
ScCourseSchema *
sc_course_schema_new (void)
{
  return g_new0 (ScCourseSchema, 1);
}

/* Compiles the schema (or takes a spare) the first time it is used: a
 * load whose every file passed before never needs it. */
static void
ensure_compiled (ScCourseSchema *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) messages = NULL;
  xmlRelaxNGParserCtxtPtr ctxt;
  gsize size = 0;
  const char *data;

  if (self->compiled)
    return;
  self->compiled = TRUE;

  self->schema = take_spare ();
  if (self->schema != NULL)
    return;

  messages = g_string_new (NULL);
  bytes = g_resources_lookup_data (RESOURCE_BASE_PATH SC_COURSE_SCHEMA_RESOURCE,
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      /* A build mistake, not a problem of the course. */
      g_critical ("The course schema is missing from the core resource: %s", error->message);
      return;
    }

  data = g_bytes_get_data (bytes, &size);
  ctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);
  xmlRelaxNGSetParserStructuredErrors (ctxt, on_schema_error, messages);
  self->schema = xmlRelaxNGParse (ctxt);
  xmlRelaxNGFreeParserCtxt (ctxt);

  if (self->schema == NULL)
    g_critical ("The course schema does not compile: %s", messages->str);
}

void
sc_course_schema_free (ScCourseSchema *self)
{
  if (self == NULL)
    return;

  if (self->schema != NULL && !give_spare (self->schema))
    xmlRelaxNGFree (self->schema);
  g_free (self);
}

static void
on_validity_error (void        *user_data,
                   xmlErrorPtr  error)
{
  Report *report = user_data;
  guint line = 0;

  if (error->message == NULL)
    return;

  if (error->node != NULL)
    line = sc_content_node_line (error->node);
  if (line == 0 && error->line > 0)
    line = (guint) error->line;

  report->failed = TRUE;
  sc_course_problems_add_literal (report->problems, report->file, line, error->message);
}

/**
 * sc_course_schema_validate:
 * @file: the name to report problems under
 *
 * Returns: %TRUE when @doc follows the schema; otherwise the problems
 *   are in @problems
 */
gboolean
sc_course_schema_validate (ScCourseSchema   *self,
                           xmlDoc           *doc,
                           const char       *file,
                           ScCourseProblems *problems)
{
  Report report = { file, problems, FALSE };
  xmlRelaxNGValidCtxtPtr ctxt;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (doc != NULL, FALSE);

  ensure_compiled (self);
  /* Refused rather than passed unchecked: a file taken as checked would
   * be remembered so (sc-course-checks.c). */
  if (self->schema == NULL)
    {
      sc_course_problems_add_literal (problems, file, 0,
                                      _("cannot be checked against the course schema, which did "
                                        "not load; reinstall Shopcraft"));
      return FALSE;
    }

  ctxt = xmlRelaxNGNewValidCtxt (self->schema);
  xmlRelaxNGSetValidStructuredErrors (ctxt, on_validity_error, &report);
  rc = xmlRelaxNGValidateDoc (ctxt, doc);
  xmlRelaxNGFreeValidCtxt (ctxt);

  if (rc != 0 && !report.failed)
    sc_course_problems_add_literal (problems, file, 0,
                                    _("does not follow the course schema"));

  return rc == 0;
}
