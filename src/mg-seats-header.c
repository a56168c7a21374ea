/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-seats-header"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-a11y.h"
#include "mg-seats-header.h"

/* The seats list's column titles: a button a column, at the columns'
 * widths, that sorts the list by it (again to reverse the order), with an
 * arrow on the column sorted. */
struct _MgSeatsHeader
{
  GtkWidget      parent_instance;

  MgSeatColumns *columns;
  GtkWidget     *buttons[MG_N_SEAT_COLUMNS];
  GtkWidget     *arrows[MG_N_SEAT_COLUMNS];
  MgSeatColumn   sort_column;
  GtkSortType    sort_order;
};

enum {
  SORT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MgSeatsHeader, mg_seats_header, GTK_TYPE_WIDGET)

/* Says the order on the column sorted, in its arrow and its name. */
static void
show_order (MgSeatsHeader *self)
{
  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    {
      const char *title = mg_seat_column_title (c);
      g_autofree char *name = NULL;
      gboolean sorted = c == self->sort_column;
      gboolean ascending = self->sort_order == GTK_SORT_ASCENDING;

      gtk_widget_set_child_visible (self->arrows[c], sorted);
      if (sorted)
        gtk_image_set_from_icon_name (GTK_IMAGE (self->arrows[c]),
                                      ascending ? "pan-up-symbolic" : "pan-down-symbolic");
      name = !sorted ? g_strdup (title)
             : ascending
               /* TRANSLATORS: a column title read aloud, when the seats are sorted by it */
               ? g_strdup_printf (_("%s, sorted ascending"), title)
               /* TRANSLATORS: a column title read aloud, when the seats are sorted by it */
               : g_strdup_printf (_("%s, sorted descending"), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[c]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
    }
}

static void
on_title_clicked_cb (GtkButton     *button,
                     MgSeatsHeader *self)
{
  MgSeatColumn column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "column"));
  GtkSortType order = GTK_SORT_ASCENDING;

  if (column == self->sort_column && self->sort_order == GTK_SORT_ASCENDING)
    order = GTK_SORT_DESCENDING;
  mg_seats_header_sort_by (self, column, order);
}

static void
on_columns_changed_cb (MgSeatsHeader *self)
{
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
mg_seats_header_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  MgSeatsHeader *self = MG_SEATS_HEADER (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = mg_seat_columns_get_min_width (self->columns);
      return;
    }
  *minimum = *natural = 0;
  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    {
      int min, nat;

      gtk_widget_measure (self->buttons[c], orientation, -1, &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
    }
}

static void
mg_seats_header_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  MgSeatsHeader *self = MG_SEATS_HEADER (widget);
  int x[MG_N_SEAT_COLUMNS], w[MG_N_SEAT_COLUMNS];

  mg_seat_columns_allocate (self->columns, width, x, w);
  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    {
      int min;

      /* GTK asks for a measure before each allocation. */
      gtk_widget_measure (self->buttons[c], GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      gtk_widget_size_allocate (self->buttons[c], &(GtkAllocation) { x[c], 0, MAX (w[c], min), height },
                                -1);
    }
}

/* The columns' widths follow the titles' font. */
static void
mg_seats_header_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  MgSeatsHeader *self = MG_SEATS_HEADER (widget);

  GTK_WIDGET_CLASS (mg_seats_header_parent_class)->css_changed (widget, change);
  mg_seat_columns_measure (self->columns, widget);
}

static void
mg_seats_header_dispose (GObject *object)
{
  MgSeatsHeader *self = MG_SEATS_HEADER (object);

  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    g_clear_pointer (&self->buttons[c], gtk_widget_unparent);
  if (self->columns != NULL)
    g_signal_handlers_disconnect_by_data (self->columns, self);
  g_clear_object (&self->columns);

  G_OBJECT_CLASS (mg_seats_header_parent_class)->dispose (object);
}

static void
mg_seats_header_class_init (MgSeatsHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_seats_header_dispose;
  widget_class->measure = mg_seats_header_measure;
  widget_class->size_allocate = mg_seats_header_size_allocate;
  widget_class->css_changed = mg_seats_header_css_changed;

  /**
   * MgSeatsHeader::sort-changed:
   *
   * The user (or the program) sorted by another column or order.
   */
  signals[SORT_CHANGED] = g_signal_new ("sort-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_css_name (widget_class, "seatsheader");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mg_seats_header_init (MgSeatsHeader *self)
{
  self->columns = mg_seat_columns_new ();
  g_signal_connect_object (self->columns, "changed", G_CALLBACK (on_columns_changed_cb), self,
                           G_CONNECT_SWAPPED);
  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *label = gtk_label_new (mg_seat_column_title (c));
      GtkWidget *button = gtk_button_new ();

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (label), mg_seat_column_is_numeric (c) ? 1 : 0);
      gtk_widget_set_hexpand (label, TRUE);
      self->arrows[c] = gtk_image_new_from_icon_name ("pan-up-symbolic");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), self->arrows[c]);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "flat");
      mg_a11y_set_tooltip (button, _("Sort by this column; again to reverse"));
      g_object_set_data (G_OBJECT (button), "column", GUINT_TO_POINTER (c));
      g_signal_connect (button, "clicked", G_CALLBACK (on_title_clicked_cb), self);
      gtk_widget_set_parent (button, GTK_WIDGET (self));
      self->buttons[c] = button;
    }
  self->sort_column = MG_SEAT_COLUMN_NUMBER;
  self->sort_order = GTK_SORT_ASCENDING;
  show_order (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Column headings"), -1);
  mg_seat_columns_measure (self->columns, GTK_WIDGET (self));
}

GtkWidget *
mg_seats_header_new (void)
{
  return g_object_new (MG_TYPE_SEATS_HEADER, NULL);
}

/**
 * mg_seats_header_get_columns:
 *
 * Returns: (transfer none): the columns' widths, for the rows to share
 */
MgSeatColumns *
mg_seats_header_get_columns (MgSeatsHeader *self)
{
  g_return_val_if_fail (MG_IS_SEATS_HEADER (self), NULL);
  return self->columns;
}

MgSeatColumn
mg_seats_header_get_sort_column (MgSeatsHeader *self)
{
  g_return_val_if_fail (MG_IS_SEATS_HEADER (self), MG_SEAT_COLUMN_NUMBER);
  return self->sort_column;
}

GtkSortType
mg_seats_header_get_sort_order (MgSeatsHeader *self)
{
  g_return_val_if_fail (MG_IS_SEATS_HEADER (self), GTK_SORT_ASCENDING);
  return self->sort_order;
}

void
mg_seats_header_sort_by (MgSeatsHeader *self,
                         MgSeatColumn   column,
                         GtkSortType    order)
{
  g_return_if_fail (MG_IS_SEATS_HEADER (self));
  g_return_if_fail (column < MG_N_SEAT_COLUMNS);

  if (column == self->sort_column && order == self->sort_order)
    return;
  self->sort_column = column;
  self->sort_order = order;
  show_order (self);
  g_signal_emit (self, signals[SORT_CHANGED], 0);
}

/* A column's title button: for tests. */
GtkWidget *
mg_seats_header_get_button (MgSeatsHeader *self,
                            MgSeatColumn   column)
{
  g_return_val_if_fail (MG_IS_SEATS_HEADER (self), NULL);
  g_return_val_if_fail (column < MG_N_SEAT_COLUMNS, NULL);
  return self->buttons[column];
}
