/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-change-grid"

#include "config.h"

#include "mg-change-grid.h"

/* A table of what changed (MgChangeTable, from mg-seat-changes.c or
 * mg-count-changes.c) as widgets: its title, then a grid of labels a
 * screen reader reads cell by cell. */

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

/**
 * mg_change_grid_new:
 *
 * Returns: (transfer floating): @table under its title: a grid of labels,
 *   figures aligned right, gains and losses in their colours, named for
 *   screen readers by the title
 */
GtkWidget *
mg_change_grid_new (MgChangeTable *table)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (table->title);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *grid = gtk_grid_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  /* As wide as its columns: figures stay next to the names they go with. */
  gtk_widget_set_halign (frame, GTK_ALIGN_START);
  gtk_widget_add_css_class (frame, "party-table");
  gtk_widget_add_css_class (grid, "change-table");
  gtk_grid_set_column_spacing (GTK_GRID (grid), 32);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, table->title, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);

  for (guint c = 0; c < table->n_columns; c++)
    {
      gboolean numeric = (table->numeric & (1u << c)) != 0;
      GtkWidget *header = gtk_label_new (table->headers[c]);

      gtk_label_set_xalign (GTK_LABEL (header), numeric ? 1 : 0);
      gtk_widget_add_css_class (header, "dim-label");
      gtk_widget_add_css_class (header, "caption-heading");
      gtk_widget_set_valign (header, GTK_ALIGN_BASELINE);
      gtk_grid_attach (GTK_GRID (grid), header, (int) c, 0, 1, 1);
    }
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **cells = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        gtk_grid_attach (GTK_GRID (grid), cell_label (cells[c], (table->numeric & (1u << c)) != 0),
                         (int) c, (int) r + 1, 1, 1);
    }
  gtk_frame_set_child (GTK_FRAME (frame), grid);
  gtk_box_append (GTK_BOX (box), frame);
  return box;
}
