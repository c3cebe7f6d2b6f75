/* sc-rich-text-markup.c - inline runs into Pango markup, with where each link lies
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every piece of course text goes through g_markup_escape_text() here, so
 * no course can smuggle markup into a label. Links become <a href> with
 * URIs the renderer understands ("lesson:ID", "term:ID" or a web address);
 * neighbouring runs of one link share a single <a>, so a link with an
 * emphasised word in it is one focus stop, not two.
 */
#include "sc-rich-text-markup.h"

#include <string.h>

void
sc_rich_link_span_free (ScRichLinkSpan *span)
{
  if (span == NULL)
    return;

  g_free (span->uri);
  g_free (span);
}

char *
sc_rich_markup_escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/**
 * sc_rich_link_uri:
 *
 * Returns: (transfer full) (nullable): the URI a label uses for a link
 */
char *
sc_rich_link_uri (ScRichLinkKind  kind,
                  const char     *target)
{
  if (target == NULL || *target == '\0')
    return NULL;

  switch (kind)
    {
    case SC_RICH_LINK_LESSON:
      return g_strconcat ("lesson:", target, NULL);

    case SC_RICH_LINK_TERM:
      return g_strconcat ("term:", target, NULL);

    case SC_RICH_LINK_URI:
      return g_strdup (target);

    case SC_RICH_LINK_NONE:
    default:
      return NULL;
    }
}

/**
 * sc_rich_link_parse:
 * @target: (out): points into @uri: the lesson or term id, or @uri itself
 *
 * Returns: %TRUE when @uri is a link the renderer made
 */
gboolean
sc_rich_link_parse (const char      *uri,
                    ScRichLinkKind  *kind,
                    const char     **target)
{
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  *kind = SC_RICH_LINK_NONE;
  *target = NULL;

  if (uri == NULL || *uri == '\0')
    return FALSE;

  if (g_str_has_prefix (uri, "lesson:") && uri[strlen ("lesson:")] != '\0')
    {
      *kind = SC_RICH_LINK_LESSON;
      *target = uri + strlen ("lesson:");
    }
  else if (g_str_has_prefix (uri, "term:") && uri[strlen ("term:")] != '\0')
    {
      *kind = SC_RICH_LINK_TERM;
      *target = uri + strlen ("term:");
    }
  else if (g_str_has_prefix (uri, "https:") || g_str_has_prefix (uri, "http:") ||
           g_str_has_prefix (uri, "mailto:"))
    {
      *kind = SC_RICH_LINK_URI;
      *target = uri;
    }

  return *kind != SC_RICH_LINK_NONE;
}

static gboolean
same_link (const ScRichRun *a,
           const ScRichRun *b)
{
  return a != NULL && b != NULL &&
         a->link_kind == b->link_kind &&
         g_strcmp0 (a->link_target, b->link_target) == 0;
}

/**
 * sc_rich_markup_from_runs:
 * @runs: (element-type ScRichRun) (nullable): the runs of a block
 * @links: (out) (optional) (element-type ScRichLinkSpan): the links, in
 *   order, with their byte ranges in the label's text
 *
 * Returns: (transfer full): Pango markup for a GtkLabel
 */
char *
sc_rich_markup_from_runs (GPtrArray  *runs,
                          GPtrArray **links)
{
  GString *markup = g_string_new (NULL);
  g_autoptr(GPtrArray) spans = NULL;
  ScRichLinkSpan *open_span = NULL;
  const ScRichRun *previous = NULL;
  guint offset = 0;

  spans = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_rich_link_span_free);
  for (guint i = 0; runs != NULL && i < runs->len; i++)
    {
      const ScRichRun *run = g_ptr_array_index (runs, i);
      g_autofree char *escaped = sc_rich_markup_escape (run->text);
      g_autofree char *uri = sc_rich_link_uri (run->link_kind, run->link_target);

      if (open_span != NULL && !same_link (previous, run))
        {
          g_string_append (markup, "</a>");
          open_span = NULL;
        }

      if (open_span == NULL && uri != NULL)
        {
          g_autofree char *escaped_uri = sc_rich_markup_escape (uri);

          /* A web address says where it goes; the other links explain
           * themselves (a lesson title, a glossary popover). */
          if (run->link_kind == SC_RICH_LINK_URI)
            g_string_append_printf (markup, "<a href=\"%s\" title=\"%s\">",
                                    escaped_uri, escaped_uri);
          else
            g_string_append_printf (markup, "<a href=\"%s\">", escaped_uri);

          open_span = g_new0 (ScRichLinkSpan, 1);
          open_span->kind = run->link_kind;
          open_span->uri = g_steal_pointer (&uri);
          open_span->start = offset;
          open_span->end = offset;
          g_ptr_array_add (spans, open_span);
        }

      if (run->style & SC_RICH_STYLE_STRONG)
        g_string_append (markup, "<b>");
      if (run->style & SC_RICH_STYLE_EMPHASIS)
        g_string_append (markup, "<i>");
      if (run->style & SC_RICH_STYLE_CODE)
        g_string_append (markup, "<span font_family=\"monospace\" size=\"86%\">");

      g_string_append (markup, escaped);

      if (run->style & SC_RICH_STYLE_CODE)
        g_string_append (markup, "</span>");
      if (run->style & SC_RICH_STYLE_EMPHASIS)
        g_string_append (markup, "</i>");
      if (run->style & SC_RICH_STYLE_STRONG)
        g_string_append (markup, "</b>");

      offset += run->text != NULL ? strlen (run->text) : 0;
      if (open_span != NULL)
        open_span->end = offset;

      previous = run;
    }

  if (open_span != NULL)
    g_string_append (markup, "</a>");

  if (links != NULL)
    *links = g_steal_pointer (&spans);

  return g_string_free (markup, FALSE);
}
