/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-changes-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-changes-view.h"
#include "mg-seat-changes.h"
#include "mg-state-result.h"

/* A state's page of what changed since the last election: how many seats
 * changed hands, then the tables of mg_seat_changes_dup_tables() (seats
 * gained and lost, from whom, the largest swings in vote share, the seats
 * that changed hands), each a grid of labels a screen reader reads cell by
 * cell. Made again when the state changes, once it is in sight. */
struct _MgChangesView
{
  GtkWidget      parent_instance;

  MgStateResult *state;
  gboolean       dirty;

  GtkWidget     *scroller;
  GtkWidget     *content;
};

G_DEFINE_FINAL_TYPE (MgChangesView, mg_changes_view, GTK_TYPE_WIDGET)

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

static GtkWidget *
table_widget (MgChangeTable *table)
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

static void
rebuild (MgChangesView *self)
{
  g_autofree char *heading = NULL;
  g_autoptr (GPtrArray) tables = NULL;
  GtkWidget *child;
  GtkWidget *label;

  self->dirty = FALSE;
  while ((child = gtk_widget_get_first_child (self->content)) != NULL)
    gtk_box_remove (GTK_BOX (self->content), child);
  if (self->state == NULL)
    return;

  heading = mg_seat_changes_dup_heading (self->state);
  /* TRANSLATORS: shown when the feed gives no earlier result to compare with */
  label = gtk_label_new (heading != NULL ? heading : _("No earlier result of its seats to compare with"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "title-2");
  gtk_box_append (GTK_BOX (self->content), label);

  tables = mg_seat_changes_dup_tables (self->state);
  for (guint i = 0; i < tables->len; i++)
    gtk_box_append (GTK_BOX (self->content), table_widget (g_ptr_array_index (tables, i)));
}

static void
on_state_changed_cb (MgChangesView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->dirty = TRUE;
}

static void
mg_changes_view_map (GtkWidget *widget)
{
  MgChangesView *self = MG_CHANGES_VIEW (widget);

  if (self->dirty)
    rebuild (self);
  GTK_WIDGET_CLASS (mg_changes_view_parent_class)->map (widget);
}

static void
mg_changes_view_dispose (GObject *object)
{
  MgChangesView *self = MG_CHANGES_VIEW (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->state);
  G_OBJECT_CLASS (mg_changes_view_parent_class)->dispose (object);
}

static void
mg_changes_view_class_init (MgChangesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_changes_view_dispose;
  widget_class->map = mg_changes_view_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "changesview");
}

static void
mg_changes_view_init (MgChangesView *self)
{
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scroller), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* TRANSLATORS: what changed since the last election, for screen readers */
                                  _("Changes since the last election"), -1);
  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_add_css_class (self->content, "state-page");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->content);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  self->dirty = TRUE;
}

GtkWidget *
mg_changes_view_new (void)
{
  return g_object_new (MG_TYPE_CHANGES_VIEW, NULL);
}

/**
 * mg_changes_view_set_state:
 * @state: (nullable): the state whose changes to show
 */
void
mg_changes_view_set_state (MgChangesView *self,
                           MgStateResult *state)
{
  g_return_if_fail (MG_IS_CHANGES_VIEW (self));

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_func (self->state, on_state_changed_cb, self);
  g_set_object (&self->state, state);
  if (state != NULL)
    g_signal_connect_object (state, "changed", G_CALLBACK (on_state_changed_cb), self, G_CONNECT_SWAPPED);
  on_state_changed_cb (self);
}
