/* first-frame-probe.c - LD_PRELOAD probe: time to the first painted frame of any GTK app
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preloaded into an app we did not build (gnome-text-editor,
 * gnome-calculator), it prints the same probe line as Shopcraft —
 * `first-frame <monotonic µs> rss-kb <VmRSS kB>` — at the first after-paint
 * of the first mapped toplevel window, then _exit (0)s.
 *
 * It links only GObject: the GTK functions are looked up with dlsym () once
 * the app's main loop runs, so one probe serves GTK 3 and GTK 4 (both have
 * gtk_widget_get_frame_clock () and gtk_window_list_toplevels ()). A
 * high-priority source polls every millisecond until GTK is initialised
 * (some apps run their main loop before that), then hooks the "map" signal
 * of every widget and catches windows mapped before it ran. A frame cannot
 * be painted before GTK is initialised, and redraws run at a lower priority
 * than the poll, so the first frame is never missed.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib-object.h>

typedef GType     (*GetTypeFunc)      (void);
typedef gpointer  (*GetClockFunc)     (gpointer widget);
typedef gboolean  (*GetMappedFunc)    (gpointer widget);
typedef GList    *(*ListToplevelsFunc) (void);
typedef gboolean  (*IsInitializedFunc) (void);

static GType        window_type;
static GetClockFunc get_frame_clock;
static gboolean     watching;

static void probe_init (void) __attribute__ ((constructor));

static long
read_rss_kb (void)
{
  char *status = NULL;
  const char *line;
  long rss = -1;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (line = strstr (status, "\nVmRSS:")) != NULL)
    rss = strtol (line + strlen ("\nVmRSS:"), NULL, 10);
  g_free (status);

  return rss;
}

static void
on_after_paint (GObject  *clock,
                gpointer  user_data)
{
  gint64 now = g_get_monotonic_time ();

  printf ("first-frame %" G_GINT64_FORMAT " rss-kb %ld\n", now, read_rss_kb ());
  fflush (stdout);
  _exit (0);
}

static void
watch_window (gpointer widget)
{
  gpointer clock;

  if (watching || !G_TYPE_CHECK_INSTANCE_TYPE (widget, window_type))
    return;

  clock = get_frame_clock (widget);
  if (clock == NULL)
    return;

  watching = TRUE;
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
}

static gboolean
on_map_emission (GSignalInvocationHint *hint,
                 guint                  n_params,
                 const GValue          *params,
                 gpointer               user_data)
{
  watch_window (g_value_get_object (&params[0]));

  return !watching;
}

static gboolean
install_hooks (gpointer user_data)
{
  IsInitializedFunc is_initialized =
    (IsInitializedFunc) dlsym (RTLD_DEFAULT, "gtk_is_initialized");
  GetTypeFunc widget_get_type = (GetTypeFunc) dlsym (RTLD_DEFAULT, "gtk_widget_get_type");
  GetTypeFunc window_get_type = (GetTypeFunc) dlsym (RTLD_DEFAULT, "gtk_window_get_type");
  GetMappedFunc get_mapped = (GetMappedFunc) dlsym (RTLD_DEFAULT, "gtk_widget_get_mapped");
  ListToplevelsFunc list_toplevels =
    (ListToplevelsFunc) dlsym (RTLD_DEFAULT, "gtk_window_list_toplevels");
  GList *toplevels;

  get_frame_clock = (GetClockFunc) dlsym (RTLD_DEFAULT, "gtk_widget_get_frame_clock");
  if (widget_get_type == NULL || window_get_type == NULL || get_mapped == NULL ||
      list_toplevels == NULL || get_frame_clock == NULL)
    {
      fprintf (stderr, "first-frame-probe: this process has no GTK; nothing to measure\n");
      return G_SOURCE_REMOVE;
    }

  if (is_initialized != NULL && !is_initialized ())
    return G_SOURCE_CONTINUE;

  /* Signals exist once the class is initialised. */
  g_type_class_unref (g_type_class_ref (widget_get_type ()));
  window_type = window_get_type ();
  g_signal_add_emission_hook (g_signal_lookup ("map", widget_get_type ()), 0,
                              on_map_emission, NULL, NULL);

  toplevels = list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (get_mapped (l->data))
      watch_window (l->data);
  g_list_free (toplevels);

  return G_SOURCE_REMOVE;
}

static void
probe_init (void)
{
  /* Only the app itself: not the helpers it may spawn. */
  unsetenv ("LD_PRELOAD");
  g_timeout_add_full (G_PRIORITY_HIGH, 1, install_hooks, NULL, NULL);
}
