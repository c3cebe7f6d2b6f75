/* sc-context.c - the one object handed to every page
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pages never reach for globals: they get this object by property and
 * re-read what they show when one of its properties changes: the
 * database, the course, the active learner (a copy, replaced as a whole
 * when the learner or their name changes) and whether search is ready.
 * The application sets them; the context only holds and notifies.
 */
#include "sc-context.h"
#include "sc-course.h"
#include "sc-database.h"

struct _ScContext
{
  GObject     parent_instance;

  ScDatabase *database;
  GSettings  *settings;
  ScCourse   *course;
  char       *course_error;
  ScLearner  *learner;
  gboolean    search_ready;
};

G_DEFINE_FINAL_TYPE (ScContext, sc_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COURSE,
  PROP_COURSE_ERROR,
  PROP_DATABASE,
  PROP_LEARNER,
  PROP_SEARCH_READY,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sc_context_dispose (GObject *object)
{
  ScContext *self = SC_CONTEXT (object);

  g_clear_object (&self->course);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sc_context_parent_class)->dispose (object);
}

static void
sc_context_finalize (GObject *object)
{
  ScContext *self = SC_CONTEXT (object);

  g_free (self->course_error);
  g_clear_pointer (&self->learner, sc_learner_free);

  G_OBJECT_CLASS (sc_context_parent_class)->finalize (object);
}

static void
sc_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ScContext *self = SC_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_COURSE:
      g_value_set_object (value, self->course);
      break;

    case PROP_COURSE_ERROR:
      g_value_set_string (value, self->course_error);
      break;

    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_LEARNER:
      g_value_set_boxed (value, self->learner);
      break;

    case PROP_SEARCH_READY:
      g_value_set_boolean (value, self->search_ready);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ScContext *self = SC_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_COURSE:
      sc_context_set_course (self, g_value_get_object (value));
      break;

    case PROP_COURSE_ERROR:
      sc_context_set_course_error (self, g_value_get_string (value));
      break;

    case PROP_DATABASE:
      sc_context_set_database (self, g_value_get_object (value));
      break;

    case PROP_LEARNER:
      sc_context_set_learner (self, g_value_get_boxed (value));
      break;

    case PROP_SEARCH_READY:
      sc_context_set_search_ready (self, g_value_get_boolean (value));
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_context_class_init (ScContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sc_context_dispose;
  object_class->finalize = sc_context_finalize;
  object_class->get_property = sc_context_get_property;
  object_class->set_property = sc_context_set_property;

  properties[PROP_COURSE] =
    g_param_spec_object ("course", NULL, NULL,
                         SC_TYPE_COURSE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Why the last course could not be loaded, for the Learn page to show:
   * see sc_context_set_course_error(). */
  properties[PROP_COURSE_ERROR] =
    g_param_spec_string ("course-error", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SC_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The learner whose work is shown and recorded: see
   * sc_context_set_learner(). */
  properties[PROP_LEARNER] =
    g_param_spec_boxed ("learner", NULL, NULL,
                        SC_TYPE_LEARNER,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the search index holds the course in use. */
  properties[PROP_SEARCH_READY] =
    g_param_spec_boolean ("search-ready", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_context_init (ScContext *self)
{
}

/**
 * sc_context_new:
 * @database: (nullable): the open database, or %NULL while none is usable
 * @settings: (nullable): the application settings; %NULL on batch paths
 */
ScContext *
sc_context_new (ScDatabase *database,
                GSettings  *settings)
{
  g_return_val_if_fail (!database || SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (!settings || G_IS_SETTINGS (settings), NULL);

  return g_object_new (SC_TYPE_CONTEXT,
                       "database", database,
                       "settings", settings,
                       NULL);
}

ScDatabase *
sc_context_get_database (ScContext *self)
{
  g_return_val_if_fail (SC_IS_CONTEXT (self), NULL);

  return self->database;
}

void
sc_context_set_database (ScContext  *self,
                         ScDatabase *database)
{
  g_return_if_fail (SC_IS_CONTEXT (self));
  g_return_if_fail (!database || SC_IS_DATABASE (database));

  if (g_set_object (&self->database, database))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

GSettings *
sc_context_get_settings (ScContext *self)
{
  g_return_val_if_fail (SC_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * sc_context_get_course:
 *
 * Returns: (transfer none) (nullable): the course in use; %NULL until one
 *   loaded, and still the previous one after a broken course was refused
 */
ScCourse *
sc_context_get_course (ScContext *self)
{
  g_return_val_if_fail (SC_IS_CONTEXT (self), NULL);

  return self->course;
}

void
sc_context_set_course (ScContext *self,
                       ScCourse  *course)
{
  g_return_if_fail (SC_IS_CONTEXT (self));
  g_return_if_fail (!course || SC_IS_COURSE (course));

  if (g_set_object (&self->course, course))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COURSE]);
}

/**
 * sc_context_get_course_error:
 *
 * Returns: (nullable): why the last course could not be loaded, or %NULL
 *   when it loaded (or none was tried yet)
 */
const char *
sc_context_get_course_error (ScContext *self)
{
  g_return_val_if_fail (SC_IS_CONTEXT (self), NULL);

  return self->course_error;
}

/**
 * sc_context_set_course_error:
 * @course_error: (nullable): why the course could not be loaded, or %NULL
 *   once one loaded
 *
 * The text is for people: a first line that names the course folder and
 * how many problems it has, then a blank line and the problems one per
 * line as `FILE:LINE: message`, then a blank line and a last line saying
 * how to see every problem (`shopcraft --validate-course DIR`); the Learn
 * page shows the three parts apart. A course folder that cannot be read
 * at all gives one line. The course property keeps the previous course
 * meanwhile.
 */
void
sc_context_set_course_error (ScContext  *self,
                             const char *course_error)
{
  g_return_if_fail (SC_IS_CONTEXT (self));

  if (g_strcmp0 (self->course_error, course_error) == 0)
    return;

  g_free (self->course_error);
  self->course_error = g_strdup (course_error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COURSE_ERROR]);
}

static gboolean
learner_equal (const ScLearner *a,
               const ScLearner *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return a->id == b->id &&
         g_strcmp0 (a->uuid, b->uuid) == 0 &&
         g_strcmp0 (a->display_name, b->display_name) == 0 &&
         g_strcmp0 (a->created_at, b->created_at) == 0 &&
         a->is_default == b->is_default &&
         a->name_is_placeholder == b->name_is_placeholder;
}

/**
 * sc_context_get_learner:
 *
 * Returns: (transfer none) (nullable): the active learner, %NULL while no
 *   database is open; copy it to keep it past the next notify::learner
 */
const ScLearner *
sc_context_get_learner (ScContext *self)
{
  g_return_val_if_fail (SC_IS_CONTEXT (self), NULL);

  return self->learner;
}

/**
 * sc_context_set_learner:
 * @learner: (nullable): the learner to show and record for; copied
 *
 * Notifies when anything about the learner differs, so a rename (same
 * UUID, new name) reaches every page that shows the name.
 */
void
sc_context_set_learner (ScContext       *self,
                        const ScLearner *learner)
{
  g_return_if_fail (SC_IS_CONTEXT (self));

  if (learner_equal (self->learner, learner))
    return;

  g_clear_pointer (&self->learner, sc_learner_free);
  if (learner != NULL)
    self->learner = sc_learner_copy (learner);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEARNER]);
}

/**
 * sc_context_get_search_ready:
 *
 * Returns: whether the search index holds the course in use on the
 *   database in use; %FALSE while it is being built or after it failed,
 *   when search should say it is unavailable
 */
gboolean
sc_context_get_search_ready (ScContext *self)
{
  g_return_val_if_fail (SC_IS_CONTEXT (self), FALSE);

  return self->search_ready;
}

void
sc_context_set_search_ready (ScContext *self,
                             gboolean   search_ready)
{
  g_return_if_fail (SC_IS_CONTEXT (self));

  search_ready = !!search_ready;
  if (self->search_ready == search_ready)
    return;

  self->search_ready = search_ready;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_READY]);
}
