/* sc-application.c - the application: command line, settings, windows
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Batch options are answered in handle-local-options, before GTK or
 * GSettings are touched, so they work with no display and no installed
 * schema; anything that names a data folder makes the instance
 * non-unique so it is never forwarded to a running window.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-application.h"
#include "sc-command-line.h"
#include "sc-context.h"
#include "sc-database.h"
#include "sc-window.h"

struct _ScApplication
{
  AdwApplication  parent_instance;

  char           *data_dir;
  ScContext      *context;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (ScApplication, sc_application, ADW_TYPE_APPLICATION)

static int
sc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  ScApplication *self = SC_APPLICATION (app);
  const char *data_dir = NULL;

  if (g_variant_dict_lookup (options, "data-dir", "^&ay", &data_dir))
    {
      g_free (self->data_dir);
      self->data_dir = g_strdup (data_dir);
    }

  if (self->data_dir != NULL ||
      g_getenv ("SHOPCRAFT_DATA_DIR") != NULL ||
      sc_command_line_is_batch (options))
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return sc_command_line_run (options, self->data_dir);
}

static void
sc_application_startup (GApplication *app)
{
  ScApplication *self = SC_APPLICATION (app);
  g_autoptr(ScDatabase) database = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (sc_application_parent_class)->startup (app);

  self->settings = g_settings_new (APPLICATION_ID);

  dir = sc_database_resolve_dir (self->data_dir);
  database = sc_database_open_in_dir (dir, &error);
  if (database == NULL)
    g_warning ("%s", error->message);

  self->context = sc_context_new (database, self->settings);
}

static void
sc_application_activate (GApplication *app)
{
  ScApplication *self = SC_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (sc_window_new (self));

  gtk_window_present (window);
}

static void
sc_application_finalize (GObject *object)
{
  ScApplication *self = SC_APPLICATION (object);

  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_free (self->data_dir);

  G_OBJECT_CLASS (sc_application_parent_class)->finalize (object);
}

static void
sc_application_class_init (ScApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sc_application_finalize;

  app_class->handle_local_options = sc_application_handle_local_options;
  app_class->startup = sc_application_startup;
  app_class->activate = sc_application_activate;
}

static void
sc_application_init (ScApplication *self)
{
  sc_command_line_add_entries (G_APPLICATION (self));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Practise running an online store."));
}

ScApplication *
sc_application_new (void)
{
  return g_object_new (SC_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

ScContext *
sc_application_get_context (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);

  return self->context;
}
