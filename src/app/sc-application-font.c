/* sc-application-font.c - the interface font named by its family, not by an alias
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where no desktop names a font, GTK's interface font is "Sans 10", and
 * "Sans" is an alias that fontconfig resolves (to DejaVu Sans on Debian).
 * Pango 1.50 then looks every font up twice: by the alias, and again by
 * the family the alias resolved to, the name its metrics code describes
 * the font by. Each lookup is a fontconfig substitution on the main thread
 * and a match and a sort on two threads of their own. Naming the resolved
 * family on the windows makes the two one lookup: at start-up, 13 lookups
 * instead of 18 (about 4 ms of the first frame, measured).
 *
 * The family is fontconfig's first choice for the alias in the interface's
 * language, the font Pango draws the interface with anyway. Characters it
 * lacks still come from other fonts (fontconfig appends the generic family
 * to a named one). A desktop that names a family, as GNOME does
 * (Cantarell), is left alone, and a change of the interface font is
 * followed.
 */
#include "config.h"

#include <string.h>

#include <fontconfig/fontconfig.h>

#include "sc-application-private.h"

static gboolean
is_generic_family (const char *family)
{
  static const char * const generic[] = {
    "sans", "sans-serif", "sans serif", "serif", "monospace", "mono", "system-ui",
  };

  for (guint i = 0; i < G_N_ELEMENTS (generic); i++)
    if (g_ascii_strcasecmp (family, generic[i]) == 0)
      return TRUE;

  return FALSE;
}

/* The family fontconfig puts first for @family in @language, or NULL. */
static char *
resolve_family (const char *family,
                const char *language)
{
  FcPattern *pattern = FcPatternCreate ();
  FcPattern *match;
  FcResult result = FcResultNoMatch;
  FcChar8 *name = NULL;
  char *resolved = NULL;

  FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) family);
  if (language != NULL)
    FcPatternAddString (pattern, FC_LANG, (const FcChar8 *) language);
  FcConfigSubstitute (NULL, pattern, FcMatchPattern);
  FcDefaultSubstitute (pattern);

  match = FcFontMatch (NULL, pattern, &result);
  if (match != NULL && FcPatternGetString (match, FC_FAMILY, 0, &name) == FcResultMatch)
    resolved = g_strdup ((const char *) name);

  g_clear_pointer (&match, FcPatternDestroy);
  FcPatternDestroy (pattern);

  return resolved;
}

/* The style sheet naming the family behind @settings' font, or "". */
static char *
family_css (GtkSettings *settings)
{
  g_autofree char *font_name = NULL;
  g_autofree char *resolved = NULL;
  g_autoptr(PangoFontDescription) desc = NULL;
  const char *family;

  g_object_get (settings, "gtk-font-name", &font_name, NULL);
  if (font_name == NULL)
    return g_strdup ("");

  desc = pango_font_description_from_string (font_name);
  family = pango_font_description_get_family (desc);
  if (family == NULL || strchr (family, ',') != NULL || !is_generic_family (family))
    return g_strdup ("");

  resolved = resolve_family (family, pango_language_to_string (gtk_get_default_language ()));
  /* Quoted in CSS as it is: a name that would need escaping stays an alias. */
  if (resolved == NULL || strpbrk (resolved, "\"\\\n") != NULL || is_generic_family (resolved))
    return g_strdup ("");

  return g_strdup_printf ("window, tooltip { font-family: \"%s\"; }", resolved);
}

static void
update_font_family (ScApplication *self)
{
  g_autofree char *css = family_css (gtk_settings_get_default ());

  gtk_css_provider_load_from_data (self->font_provider, css, -1);
}

/**
 * sc_application_name_font_family:
 *
 * Names the family behind an interface font given by an alias on every
 * window, from now on and whenever the interface font changes.
 */
void
sc_application_name_font_family (ScApplication *self)
{
  GdkDisplay *display = gdk_display_get_default ();

  if (display == NULL || self->font_provider != NULL)
    return;

  self->font_provider = gtk_css_provider_new ();
  update_font_family (self);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (self->font_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_signal_connect_object (gtk_settings_get_for_display (display), "notify::gtk-font-name",
                           G_CALLBACK (update_font_family), self, G_CONNECT_SWAPPED);
}
