/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-change-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-change-grid.h"

/* A table of what changed (MgChangeTable, from mg-seat-changes.c or
 * mg-count-changes.c) as widgets: its title, then its rows of labels in
 * columns, each row a sentence for screen readers. */

/* A gain or a loss reads in the style's gain or loss colour. */
static void
add_sign_class (GtkWidget  *label,
                const char *text)
{
  if (g_str_has_prefix (text, "+"))
    gtk_widget_add_css_class (label, "gain");
  else if (g_str_has_prefix (text, "−"))
    gtk_widget_add_css_class (label, "loss");
}

static GtkWidget *
cell_label (const char *text,
            gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  /* Figures and Devanagari names stand on one line in each row. */
  gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
  if (numeric)
    {
      gtk_widget_add_css_class (label, "numeric");
      add_sign_class (label, text);
    }
  return label;
}

/* Row @cells of @table as one sentence, every cell with its column's
 * heading: "BJP: 09:30 40, 11:00 118, Change +78". */
static char *
dup_row_sentence (MgChangeTable *table,
                  char         **cells)
{
  GString *text = g_string_new (NULL);

  for (guint c = 1; c < table->n_columns; c++)
    {
      if (c > 1)
        /* TRANSLATORS: between the cells of a row of a table of changes, read as a sentence */
        g_string_append (text, _(", "));
      /* TRANSLATORS: a cell of a table of changes and its column's heading, read as a sentence */
      g_string_append_printf (text, C_("change cell", "%s %s"), table->headers[c], cells[c]);
    }
  {
    g_autofree char *rest = g_string_free (text, FALSE);

    /* TRANSLATORS: a row of a table of changes read as a sentence: its first cell (a party, a
     * seat's number), then the others with their headings */
    return g_strdup_printf (C_("change row", "%s: %s"), cells[0], rest);
  }
}

/**
 * mg_change_grid_new:
 *
 * Returns: (transfer floating): @table under its title: rows of labels in
 *   columns, figures aligned right, gains and losses in their colours; the
 *   table named for screen readers by its title and each row by a sentence
 *   of its cells
 */
GtkWidget *
mg_change_grid_new (MgChangeTable *table)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (table->title);
  GtkWidget *frame = gtk_frame_new (NULL);
  /* A list of rows, not a GtkGrid: GTK 4.8 gives a grid's cells to screen
   * readers one by one, and a row of figures means nothing without the
   * row's party or seat. The columns line up through a size group each. */
  GtkWidget *rows = g_object_new (GTK_TYPE_BOX, "orientation", GTK_ORIENTATION_VERTICAL,
                                  "spacing", 6, "accessible-role", GTK_ACCESSIBLE_ROLE_LIST, NULL);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 32);
  g_autoptr (GPtrArray) columns = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  /* As wide as its columns: figures stay next to the names they go with. */
  gtk_widget_set_halign (frame, GTK_ALIGN_START);
  gtk_widget_add_css_class (frame, "party-table");
  gtk_widget_add_css_class (rows, "change-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (rows), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  table->title, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (rows), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  title, NULL, -1);

  for (guint c = 0; c < table->n_columns; c++)
    {
      gboolean numeric = (table->numeric & (1u << c)) != 0;
      GtkWidget *heading = gtk_label_new (table->headers[c]);

      g_ptr_array_add (columns, gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL));
      gtk_size_group_add_widget (g_ptr_array_index (columns, c), heading);
      gtk_label_set_xalign (GTK_LABEL (heading), numeric ? 1 : 0);
      gtk_widget_add_css_class (heading, "dim-label");
      gtk_widget_add_css_class (heading, "caption-heading");
      gtk_widget_set_valign (heading, GTK_ALIGN_BASELINE);
      gtk_box_append (GTK_BOX (header), heading);
    }
  gtk_box_append (GTK_BOX (rows), header);
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **cells = g_ptr_array_index (table->rows, r);
      g_autofree char *sentence = dup_row_sentence (table, cells);
      GtkWidget *row = g_object_new (GTK_TYPE_BOX, "orientation", GTK_ORIENTATION_HORIZONTAL,
                                     "spacing", 32, "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                     NULL);

      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      sentence, -1);
      for (guint c = 0; c < table->n_columns; c++)
        {
          GtkWidget *cell = cell_label (cells[c], (table->numeric & (1u << c)) != 0);

          gtk_size_group_add_widget (g_ptr_array_index (columns, c), cell);
          gtk_box_append (GTK_BOX (row), cell);
        }
      gtk_box_append (GTK_BOX (rows), row);
    }
  gtk_frame_set_child (GTK_FRAME (frame), rows);
  gtk_box_append (GTK_BOX (box), frame);
  return box;
}
