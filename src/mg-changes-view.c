/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-changes-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-change-grid.h"
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
    gtk_box_append (GTK_BOX (self->content), mg_change_grid_new (g_ptr_array_index (tables, i)));
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
