/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-party-table"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-a11y.h"
#include "mg-chart-groups.h"
#include "mg-party-columns.h"
#include "mg-party-result.h"
#include "mg-party-table.h"
#include "mg-state-result.h"

/* A state's table of parties (or of alliances with their parties beneath):
 * one row per party, the columns of mg-party-columns.c. Its rows exist
 * while it is live (mg_party_table_set_live()): a table out of sight does
 * not follow every update. */
struct _MgPartyTable
{
  GtkWidget            parent_instance;

  MgStateResult       *state;
  GtkSelectionModel   *selection;
  gboolean             live;

  GtkColumnView       *view;
  GtkColumnViewColumn *columns[MG_N_PARTY_COLUMNS];
};

G_DEFINE_FINAL_TYPE (MgPartyTable, mg_party_table, GTK_TYPE_WIDGET)

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  guint rgb = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "rgb"));
  gboolean has_color = g_object_get_data (G_OBJECT (area), "has-color") != NULL;
  double r = 3, size = MIN (width, height);
  double x = (width - size) / 2, y = (height - size) / 2;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + size - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + size - r, y + size - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + size - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);

  if (has_color)
    {
      cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                            (rgb & 0xff) / 255.0);
      cairo_fill_preserve (cr);
    }
  /* A faint edge keeps light and dark swatches visible on either style. */
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, has_color ? 0.45 : 0.9);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static MgStateResult *
state_of_cell (GtkWidget *child)
{
  return MG_PARTY_TABLE (g_object_get_data (G_OBJECT (child), "table"))->state;
}

/* The text comes from mg_party_column_dup_cell(), like the summaries';
 * the table adds the swatch and the gain or loss colour. */
static void
refresh_cell (GtkListItem *item)
{
  MgPartyResult *party = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  MgStateResult *state = state_of_cell (child);
  MgPartyColumn column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "party-column"));
  g_autofree char *text = mg_party_column_dup_cell (column, state, party);
  GtkWidget *label = child;

  switch (column)
    {
    case MG_PARTY_COLUMN_PARTY:
      {
        GtkWidget *swatch = gtk_widget_get_first_child (child);
        guint32 rgb = 0;
        /* The chart's colour for it: a party the feed gives no colour
         * is drawn in a colour of the palette, by its place. */
        gboolean has_color = mg_chart_groups_party_color (state, party, &rgb);

        /* An alliance's parties stand beneath it, set in. */
        gtk_widget_set_margin_start (child, mg_party_result_get_alliance (party) != NULL ? 22 : 0);
        if (mg_party_result_get_members (party) != NULL)
          gtk_widget_add_css_class (child, "alliance");
        else
          gtk_widget_remove_css_class (child, "alliance");

        g_object_set_data (G_OBJECT (swatch), "rgb", GUINT_TO_POINTER (rgb));
        g_object_set_data (G_OBJECT (swatch), "has-color", GUINT_TO_POINTER (has_color));
        gtk_widget_queue_draw (swatch);
        label = gtk_widget_get_next_sibling (swatch);
      }
      break;
    case MG_PARTY_COLUMN_CHANGE:
      {
        int change = 0;
        gboolean known = mg_party_result_get_change (party, &change);

        gtk_widget_remove_css_class (child, "gain");
        gtk_widget_remove_css_class (child, "loss");
        if (known && change != 0)
          gtk_widget_add_css_class (child, change > 0 ? "gain" : "loss");
      }
      break;
    case MG_PARTY_COLUMN_WON:
    case MG_PARTY_COLUMN_LEADING:
    case MG_PARTY_COLUMN_TOTAL:
    case MG_PARTY_COLUMN_VOTES:
      break;
    case MG_N_PARTY_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_text (GTK_LABEL (label), text);
  /* The cell, not GTK's name for it, is what a screen reader's table
   * navigation reads. */
  if (gtk_widget_get_parent (child) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (child)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/* The row takes the focus, and a screen reader reads its name: one
 * sentence with the party and every figure of the row. GTK 4.8 has no
 * API for a row's label; the row is the cell's parent. */
static void
update_row_name (GtkListItem *item)
{
  MgPartyResult *party = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkWidget *cell = gtk_widget_get_parent (child);
  GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;
  g_autofree char *sentence = NULL;

  if (party == NULL || row == NULL)
    return;
  sentence = mg_party_column_dup_row_sentence (state_of_cell (child), party);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, sentence, -1);
}

static MgPartyColumn
column_of (GtkListItemFactory *factory)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "party-column"));
}

static void
on_setup_cb (GtkListItemFactory *factory,
             GtkListItem        *item,
             MgPartyTable       *self)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *child = label;

  if (column_of (factory) == MG_PARTY_COLUMN_PARTY)
    {
      /* The colour says nothing a screen reader should read on every row. */
      GtkWidget *swatch = g_object_new (GTK_TYPE_DRAWING_AREA,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

      child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
      gtk_widget_set_size_request (swatch, 14, 14);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, NULL, NULL);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (child), swatch);
      gtk_box_append (GTK_BOX (child), label);
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  g_object_set_data (G_OBJECT (child), "table", self);
  g_object_set_data (G_OBJECT (child), "party-column", GUINT_TO_POINTER (column_of (factory)));
  gtk_list_item_set_child (item, child);
}

static void
on_bind_cb (GtkListItemFactory *factory,
            GtkListItem        *item,
            MgPartyTable       *self)
{
  MgPartyResult *party = gtk_list_item_get_item (item);
  MgPartyColumn column = column_of (factory);

  /* Feed updates change the party in place; each cell follows just the
   * properties it shows, so an update redoes only what changed. */
  static const char *const signals_for[MG_N_PARTY_COLUMNS][2] = {
    [MG_PARTY_COLUMN_PARTY] = { "notify::name", "notify::color" },
    [MG_PARTY_COLUMN_WON] = { "notify::won", NULL },
    [MG_PARTY_COLUMN_LEADING] = { "notify::leading", NULL },
    [MG_PARTY_COLUMN_TOTAL] = { "notify::total", NULL },
    [MG_PARTY_COLUMN_CHANGE] = { "notify::total", "notify::previous" },
    [MG_PARTY_COLUMN_VOTES] = { "notify::vote-percent", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (signals_for[column]) && signals_for[column][i] != NULL; i++)
    g_signal_connect_object (party, signals_for[column][i], G_CALLBACK (refresh_cell), item,
                             G_CONNECT_SWAPPED);
  refresh_cell (item);
  if (column == MG_PARTY_COLUMN_PARTY)
    {
      g_signal_connect_object (party, "notify", G_CALLBACK (update_row_name), item, G_CONNECT_SWAPPED);
      update_row_name (item);
    }
}

static void
on_unbind_cb (GtkListItemFactory *factory,
              GtkListItem        *item,
              MgPartyTable       *self)
{
  MgPartyResult *party = gtk_list_item_get_item (item);

  if (party != NULL)
    {
      g_signal_handlers_disconnect_by_func (party, refresh_cell, item);
      g_signal_handlers_disconnect_by_func (party, update_row_name, item);
    }
}

/* The table's rows: one can be selected; updates change the parties in
 * place, so the selection survives them (and switching tabs). */
static GListModel *
members_of (gpointer item,
            gpointer user_data)
{
  GListModel *members = mg_party_result_get_members (item);

  return members != NULL ? g_object_ref (members) : NULL;
}

static GtkSelectionModel *
select_parties_of (MgStateResult *state)
{
  GListModel *rows = g_object_ref (mg_state_result_get_parties (state));
  GtkSingleSelection *single;
  gboolean alliances = FALSE;

  for (guint i = 0; i < mg_state_result_get_n_parties (state) && !alliances; i++)
    alliances = mg_party_result_get_members (mg_state_result_get_party (state, i)) != NULL;
  /* By alliance, each alliance's parties are listed beneath it. */
  if (alliances)
    rows = G_LIST_MODEL (gtk_tree_list_model_new (rows, TRUE, TRUE, members_of, NULL, NULL));
  single = gtk_single_selection_new (rows);

  gtk_single_selection_set_autoselect (single, FALSE);
  gtk_single_selection_set_can_unselect (single, TRUE);
  gtk_single_selection_set_selected (single, GTK_INVALID_LIST_POSITION);
  return GTK_SELECTION_MODEL (single);
}

static void
mg_party_table_dispose (GObject *object)
{
  MgPartyTable *self = MG_PARTY_TABLE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (mg_party_table_parent_class)->dispose (object);
}

static void
mg_party_table_class_init (MgPartyTableClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mg_party_table_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mg_party_table_init (MgPartyTable *self)
{
  GtkWidget *frame = gtk_frame_new (NULL);

  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_reorderable (self->view, FALSE);
  gtk_column_view_set_show_column_separators (self->view, FALSE);
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  /* Titles and visibility come from mg-party-columns.c. */
  for (MgPartyColumn c = 0; c < MG_N_PARTY_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

      g_object_set_data (G_OBJECT (factory), "party-column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), self);
      self->columns[c] = gtk_column_view_column_new (NULL, factory);
      gtk_column_view_column_set_expand (self->columns[c], c == MG_PARTY_COLUMN_PARTY);
      gtk_column_view_append_column (self->view, self->columns[c]);
      g_object_unref (self->columns[c]);
    }
  gtk_widget_add_css_class (frame, "party-table");
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->view));
  gtk_widget_set_parent (frame, GTK_WIDGET (self));
}

GtkWidget *
mg_party_table_new (const char *name)
{
  MgPartyTable *self = g_object_new (MG_TYPE_PARTY_TABLE, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  mg_a11y_name_column_view (self->view, _("Column headings"), name);
  return GTK_WIDGET (self);
}

/**
 * mg_party_table_set_state:
 * @state: the state whose parties (or alliances) are listed, followed as
 *   it changes in place
 */
void
mg_party_table_set_state (MgPartyTable  *self,
                          MgStateResult *state)
{
  g_return_if_fail (MG_IS_PARTY_TABLE (self));
  g_return_if_fail (MG_IS_STATE_RESULT (state));

  if (!g_set_object (&self->state, state))
    return;
  g_clear_object (&self->selection);
  self->selection = select_parties_of (state);
  if (self->live)
    gtk_column_view_set_model (self->view, self->selection);
  mg_party_table_update_columns (self);
}

/**
 * mg_party_table_set_live:
 * @live: whether the table has rows: while its page is on screen
 */
void
mg_party_table_set_live (MgPartyTable *self,
                         gboolean      live)
{
  g_return_if_fail (MG_IS_PARTY_TABLE (self));

  self->live = live;
  gtk_column_view_set_model (self->view, live ? self->selection : NULL);
}

/* The columns' titles and which are shown follow the state's figures. */
void
mg_party_table_update_columns (MgPartyTable *self)
{
  g_return_if_fail (MG_IS_PARTY_TABLE (self));

  if (self->state == NULL)
    return;
  for (MgPartyColumn c = 0; c < MG_N_PARTY_COLUMNS; c++)
    {
      g_autofree char *title = mg_party_column_dup_title (c, self->state);

      gtk_column_view_column_set_title (self->columns[c], title);
      gtk_column_view_column_set_visible (self->columns[c], mg_party_column_shown (c, self->state));
    }
}

/* Returns: (transfer none) (nullable): the rows' selection */
GtkSelectionModel *
mg_party_table_get_selection (MgPartyTable *self)
{
  g_return_val_if_fail (MG_IS_PARTY_TABLE (self), NULL);
  return self->selection;
}
