/* sc-rich-text-blocks.c - one GTK widget per rich-text block
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each block kind has a builder here. Every block widget carries the
 * style class "sc-block" (spacing, style.css) and a name "sc-block-KIND",
 * so tests and the style sheet can find it. Meaning never rests on colour
 * alone: a callout says "Warning" in words beside its icon, a table's
 * header row is exposed as column headers, a figure's alt text is its
 * accessible description.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sc-figure-image.h"
#include "sc-rich-text-markup.h"
#include "sc-rich-text-view-private.h"

static const char * const block_names[] = {
  [SC_RICH_BLOCK_SECTION] = "section",
  [SC_RICH_BLOCK_HEADING] = "heading",
  [SC_RICH_BLOCK_PARAGRAPH] = "paragraph",
  [SC_RICH_BLOCK_LIST] = "list",
  [SC_RICH_BLOCK_LIST_ITEM] = "list-item",
  [SC_RICH_BLOCK_TABLE] = "table",
  [SC_RICH_BLOCK_TABLE_ROW] = "table-row",
  [SC_RICH_BLOCK_TABLE_CELL] = "table-cell",
  [SC_RICH_BLOCK_CALLOUT] = "callout",
  [SC_RICH_BLOCK_FIGURE] = "figure",
  [SC_RICH_BLOCK_WORKED_EXAMPLE] = "worked-example",
  [SC_RICH_BLOCK_PROBLEM] = "problem",
  [SC_RICH_BLOCK_NUMBER] = "number",
  [SC_RICH_BLOCK_STEP] = "step",
  [SC_RICH_BLOCK_ANSWER] = "answer",
  [SC_RICH_BLOCK_SOP] = "sop",
  [SC_RICH_BLOCK_TEMPLATE] = "template",
  [SC_RICH_BLOCK_PRACTICE] = "practice",
  [SC_RICH_BLOCK_GOAL] = "goal",
};

GtkWidget *
sc_rtv_mark_block (GtkWidget   *widget,
                   ScRichBlock *block)
{
  g_autofree char *name = g_strdup_printf ("sc-block-%s", block_names[block->kind]);

  gtk_widget_set_name (widget, name);
  gtk_widget_add_css_class (widget, "sc-block");

  return widget;
}

GtkWidget *
sc_rtv_new_box (GtkOrientation     orientation,
                GtkAccessibleRole  role,
                const char        *css_class)
{
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "orientation", orientation,
                                 "accessible-role", role,
                                 NULL);

  if (css_class != NULL)
    gtk_widget_add_css_class (box, css_class);

  return box;
}

GtkWidget *
sc_rtv_new_label (GtkAccessibleRole  role,
                  const char        *markup,
                  const char        *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", role,
                                   "label", markup != NULL ? markup : "",
                                   "use-markup", TRUE,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "xalign", 0.0f,
                                   "selectable", FALSE,
                                   NULL);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

GtkWidget *
sc_rtv_plain_label (const char *text,
                    const char *css_class)
{
  g_autofree char *markup = sc_rich_markup_escape (text);

  return sc_rtv_new_label (GTK_ACCESSIBLE_ROLE_LABEL, markup, css_class);
}

GtkWidget *
sc_rtv_runs_label (ScRichTextView    *self,
                   GPtrArray         *runs,
                   GtkAccessibleRole  role,
                   const char        *css_class)
{
  g_autoptr(GPtrArray) links = NULL;
  g_autofree char *markup = sc_rich_markup_from_runs (runs, &links);
  GtkWidget *label = sc_rtv_new_label (role, markup, css_class);

  /* A popover or a question stem is as wide as its text, up to a
   * comfortable measure. */
  if (self->compact)
    gtk_label_set_max_width_chars (GTK_LABEL (label), 48);

  if (links->len > 0)
    {
      g_object_set_data_full (G_OBJECT (label), "sc-links", g_steal_pointer (&links),
                              (GDestroyNotify) g_ptr_array_unref);
      g_signal_connect_object (label, "activate-link",
                               G_CALLBACK (sc_rich_text_view_label_link_cb), self, 0);
      g_ptr_array_add (self->link_labels, label);
    }

  return label;
}

GtkWidget *
sc_rtv_heading_label (const char *text,
                      int         level)
{
  g_autofree char *markup = sc_rich_markup_escape (text);
  g_autofree char *level_class = NULL;
  GtkWidget *label;

  level = CLAMP (level, 1, 6);
  label = sc_rtv_new_label (GTK_ACCESSIBLE_ROLE_HEADING, markup, "sc-heading");
  level_class = g_strdup_printf ("sc-heading-%d", level);
  gtk_widget_add_css_class (label, level_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, level,
                                  -1);

  return label;
}

/* A row of a marker and its text. A grid rather than a horizontal box:
 * a box allocates by asking each child for its width at the row's
 * height, and a wrapping label answers that by laying its text out again
 * and again in search of the narrowest width that fits. A grid asks
 * for widths alone, then for heights at the widths it gave. */
GtkWidget *
sc_rtv_new_row (GtkAccessibleRole  role,
                const char        *css_class)
{
  GtkWidget *row = g_object_new (GTK_TYPE_GRID, "accessible-role", role, NULL);

  if (css_class != NULL)
    gtk_widget_add_css_class (row, css_class);

  return row;
}

void
sc_rtv_row_append (GtkWidget *row,
                   GtkWidget *child)
{
  GtkWidget *last = gtk_widget_get_last_child (row);
  int column = 0;

  if (child == NULL)
    return;

  if (last != NULL)
    {
      gtk_grid_query_child (GTK_GRID (row), last, &column, NULL, NULL, NULL);
      column++;
    }
  gtk_grid_attach (GTK_GRID (row), child, column, 0, 1, 1);
}

void
sc_rtv_append (GtkWidget *box,
               GtkWidget *child)
{
  if (child != NULL)
    gtk_box_append (GTK_BOX (box), child);
}

void
sc_rtv_append_children (ScRichTextView *self,
                        GtkWidget      *box,
                        ScRichBlock    *block,
                        int             depth)
{
  for (guint i = 0; block->children != NULL && i < block->children->len; i++)
    sc_rtv_append (box, sc_rich_text_view_build_block (self, g_ptr_array_index (block->children, i),
                                                       depth));
}

/* The line at the top of a boxed block: an icon and, in words, what kind
 * of block it is ("Warning"), then its title. The icon repeats the words
 * for sighted readers, so it is hidden from assistive technology. */
GtkWidget *
sc_rtv_box_header (const char *icon_name,
                   const char *kind,
                   const char *title,
                   int         title_level)
{
  GtkWidget *header = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_GENERIC,
                                      "sc-box-header");
  GtkWidget *kind_row = sc_rtv_new_box (GTK_ORIENTATION_HORIZONTAL, GTK_ACCESSIBLE_ROLE_GENERIC,
                                        "sc-box-kind");
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", icon_name,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  "valign", GTK_ALIGN_CENTER,
                                  NULL);
  GtkWidget *kind_label;

  gtk_widget_add_css_class (icon, "sc-box-icon");
  sc_rtv_append (kind_row, icon);
  kind_label = sc_rtv_plain_label (kind, "sc-box-kind-label");
  gtk_label_set_wrap (GTK_LABEL (kind_label), FALSE);
  sc_rtv_append (kind_row, kind_label);
  sc_rtv_append (header, kind_row);

  if (title != NULL && *title != '\0')
    {
      GtkWidget *title_label = title_level > 0 ? sc_rtv_heading_label (title, title_level)
                                               : sc_rtv_plain_label (title, "sc-box-title");

      gtk_widget_add_css_class (title_label, "sc-box-title");
      sc_rtv_append (header, title_label);
    }

  return header;
}

int
sc_rtv_child_level (ScRichTextView *self,
                    int             depth)
{
  return CLAMP (self->heading_level + depth, 1, 6);
}

static GtkWidget *
build_section (ScRichTextView *self,
               ScRichBlock    *block,
               int             depth)
{
  GtkWidget *box = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_GROUP,
                                   "sc-section");

  if (block->title != NULL && *block->title != '\0')
    sc_rtv_append (box, sc_rtv_heading_label (block->title, sc_rtv_child_level (self, depth)));

  /* Ids are unique within a lesson (the reader checks); the first wins. */
  if (block->id != NULL && !g_hash_table_contains (self->sections, block->id))
    g_hash_table_insert (self->sections, g_strdup (block->id), box);

  /* Its blocks may be built in a later pass (sc-rich-text-view-build.c). */
  for (guint i = 0; block->children != NULL && i < block->children->len; i++)
    sc_rtv_append_or_defer (self, box, g_ptr_array_index (block->children, i), depth + 1);

  return box;
}

/**
 * sc_rich_text_view_lookup_section:
 * @section_id: the id of a section of the text (`<section id="…">`)
 *
 * Finds where a section is drawn, for instance to scroll to a search
 * result: by its id, so two sections with the same heading are never
 * mistaken for each other.
 *
 * Returns: (transfer none) (nullable): the section's widget, its heading
 *   at the top, or %NULL if the text has no section with that id
 */
GtkWidget *
sc_rich_text_view_lookup_section (ScRichTextView *self,
                                  const char     *section_id)
{
  g_return_val_if_fail (SC_IS_RICH_TEXT_VIEW (self), NULL);

  if (section_id == NULL)
    return NULL;

  sc_rich_text_view_complete (self);

  return g_hash_table_lookup (self->sections, section_id);
}

static GtkWidget *
build_list (ScRichTextView *self,
            ScRichBlock    *block,
            int             depth)
{
  /* Bullets change shape with depth, so a nested list reads as nested
   * even where indentation is hard to see. */
  static const char * const bullets[] = { "•", "◦", "▪" };
  GtkWidget *list = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_LIST, "sc-list");
  guint list_depth = self->list_depth++;

  for (guint i = 0; block->children != NULL && i < block->children->len; i++)
    {
      ScRichBlock *item = g_ptr_array_index (block->children, i);
      GtkWidget *row = sc_rtv_new_row (GTK_ACCESSIBLE_ROLE_LIST_ITEM, "sc-list-item");
      GtkWidget *content = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_GENERIC,
                                           "sc-list-content");
      g_autofree char *marker_text = NULL;
      GtkWidget *marker;

      if (block->variant)
        marker_text = g_strdup_printf ("%u.", i + 1);
      else
        marker_text = g_strdup (bullets[list_depth % G_N_ELEMENTS (bullets)]);

      marker = sc_rtv_plain_label (marker_text, "sc-list-marker");
      gtk_label_set_xalign (GTK_LABEL (marker), 1.0f);
      gtk_label_set_wrap (GTK_LABEL (marker), FALSE);
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      /* A screen reader announces list items itself; a bullet would be
       * read out as "bullet". Numbers stay: they are referred to. */
      if (!block->variant)
        gtk_accessible_update_state (GTK_ACCESSIBLE (marker),
                                     GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                     -1);

      gtk_widget_set_hexpand (content, TRUE);
      sc_rtv_append_children (self, content, item, depth);

      sc_rtv_row_append (row, marker);
      sc_rtv_row_append (row, content);
      sc_rtv_append (list, row);
    }

  self->list_depth--;

  return list;
}

static GtkWidget *
build_table (ScRichTextView *self,
             ScRichBlock    *block)
{
  GtkWidget *box = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_GROUP,
                                   "sc-table-box");
  GtkWidget *grid = g_object_new (GTK_TYPE_GRID,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_TABLE,
                                  "column-homogeneous", FALSE,
                                  NULL);
  guint body_row = 0;

  gtk_widget_add_css_class (grid, "sc-table");

  if (block->runs != NULL && block->runs->len > 0)
    {
      GtkWidget *caption = sc_rtv_runs_label (self, block->runs, GTK_ACCESSIBLE_ROLE_CAPTION,
                                              "sc-table-caption");

      sc_rtv_append (box, caption);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (grid),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, caption, NULL,
                                      -1);
    }

  for (guint r = 0; block->children != NULL && r < block->children->len; r++)
    {
      ScRichBlock *row = g_ptr_array_index (block->children, r);
      gboolean header = row->variant != 0;

      for (guint c = 0; row->children != NULL && c < row->children->len; c++)
        {
          ScRichBlock *cell = g_ptr_array_index (row->children, c);
          GtkWidget *label = sc_rtv_runs_label (self, cell->runs,
                                                header ? GTK_ACCESSIBLE_ROLE_COLUMN_HEADER
                                                       : GTK_ACCESSIBLE_ROLE_CELL,
                                                header ? "sc-table-header" : "sc-table-cell");

          gtk_widget_set_hexpand (label, TRUE);
          gtk_widget_set_valign (label, GTK_ALIGN_FILL);
          gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
          gtk_accessible_update_relation (GTK_ACCESSIBLE (label),
                                          GTK_ACCESSIBLE_RELATION_ROW_INDEX, (int) r + 1,
                                          GTK_ACCESSIBLE_RELATION_COL_INDEX, (int) c + 1,
                                          -1);
          if (!header && body_row % 2 == 1)
            gtk_widget_add_css_class (label, "sc-table-even");
          if (c == 0)
            gtk_widget_add_css_class (label, "sc-table-first");
          gtk_grid_attach (GTK_GRID (grid), label, (int) c, (int) r, 1, 1);
        }

      if (!header)
        body_row++;
    }

  sc_rtv_append (box, grid);

  return box;
}

static GtkWidget *
build_figure (ScRichTextView *self,
              ScRichBlock    *block)
{
  GtkWidget *box = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_GROUP,
                                   "sc-figure");
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  if (block->src != NULL && *block->src != '\0')
    path = self->base_dir != NULL ? g_build_filename (self->base_dir, block->src, NULL)
                                  : g_strdup (block->src);

  if (path != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    texture = gdk_texture_new_from_filename (path, &error);

  if (texture != NULL)
    {
      GtkWidget *image = sc_figure_image_new (GDK_PAINTABLE (texture), block->alt);

      gtk_widget_add_css_class (image, "sc-figure-picture");
      sc_rtv_append (box, image);
    }
  else
    {
      g_autofree char *text = NULL;

      if (error != NULL)
        g_debug ("%s: %s", path, error->message);
      /* Translators: shown in place of a picture whose file is missing;
       * %s is the picture's description. */
      text = g_strdup_printf (_("Picture missing: %s"), block->alt != NULL ? block->alt : "");
      sc_rtv_append (box, sc_rtv_plain_label (text, "sc-figure-missing"));
    }

  if (block->runs != NULL && block->runs->len > 0)
    {
      GtkWidget *caption = sc_rtv_runs_label (self, block->runs, GTK_ACCESSIBLE_ROLE_CAPTION,
                                              "sc-figure-caption");

      gtk_label_set_justify (GTK_LABEL (caption), GTK_JUSTIFY_CENTER);
      gtk_label_set_xalign (GTK_LABEL (caption), 0.5f);
      sc_rtv_append (box, caption);
    }

  return box;
}

GtkWidget *
sc_rich_text_view_build_block (ScRichTextView *self,
                               ScRichBlock    *block,
                               int             depth)
{
  GtkWidget *widget = NULL;

  g_assert (SC_IS_RICH_TEXT_VIEW (self));
  g_assert (block != NULL);

  switch (block->kind)
    {
    case SC_RICH_BLOCK_SECTION:
      widget = build_section (self, block, depth);
      break;

    case SC_RICH_BLOCK_HEADING:
      {
        g_autofree char *text = sc_rich_block_get_run_text (block);

        widget = sc_rtv_heading_label (text, block->variant > 0 ? block->variant
                                                                : sc_rtv_child_level (self, depth));
      }
      break;

    case SC_RICH_BLOCK_PARAGRAPH:
    case SC_RICH_BLOCK_TABLE_CELL:
    case SC_RICH_BLOCK_STEP:
    case SC_RICH_BLOCK_ANSWER:
    case SC_RICH_BLOCK_GOAL:
    case SC_RICH_BLOCK_NUMBER:
      widget = sc_rtv_runs_label (self, block->runs, GTK_ACCESSIBLE_ROLE_LABEL, "sc-paragraph");
      break;

    case SC_RICH_BLOCK_LIST:
      widget = build_list (self, block, depth);
      break;

    case SC_RICH_BLOCK_LIST_ITEM:
    case SC_RICH_BLOCK_PROBLEM:
      widget = sc_rtv_new_box (GTK_ORIENTATION_VERTICAL, GTK_ACCESSIBLE_ROLE_GROUP, NULL);
      sc_rtv_append_children (self, widget, block, depth);
      break;

    case SC_RICH_BLOCK_TABLE:
      widget = build_table (self, block);
      break;

    case SC_RICH_BLOCK_TABLE_ROW:
      widget = sc_rtv_new_box (GTK_ORIENTATION_HORIZONTAL, GTK_ACCESSIBLE_ROLE_ROW, NULL);
      sc_rtv_append_children (self, widget, block, depth);
      break;

    case SC_RICH_BLOCK_CALLOUT:
      widget = sc_rtv_build_callout (self, block, depth);
      break;

    case SC_RICH_BLOCK_FIGURE:
      widget = build_figure (self, block);
      break;

    case SC_RICH_BLOCK_WORKED_EXAMPLE:
      widget = sc_rtv_build_worked_example (self, block, depth);
      break;

    case SC_RICH_BLOCK_SOP:
      widget = sc_rtv_build_sop (self, block, depth);
      break;

    case SC_RICH_BLOCK_TEMPLATE:
      widget = sc_rtv_build_template (self, block);
      break;

    case SC_RICH_BLOCK_PRACTICE:
      widget = sc_rtv_build_practice (self, block, depth);
      break;

    default:
      return NULL;
    }

  return sc_rtv_mark_block (widget, block);
}
