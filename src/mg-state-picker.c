/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-state-picker"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mg-state-picker.h"
#include "mg-state-result.h"
#include "mg-text-util.h"

/* Every state in a list with a search, for when their tabs do not fit (a
 * general election has 36): typing a few letters of a state's name, in
 * either script, or of its id, leaves the states that hold them; Enter
 * picks the first, a click or Enter on a row picks that one. The picker
 * says which by its "state-picked" signal, with the state's position. */
struct _MgStatePicker
{
  GtkPopover      parent_instance;

  GListModel     *states;
  GtkSearchEntry *entry;
  GtkListBox     *list;
  GtkLabel       *none;
  char           *needle;  /* casefolded, or NULL for every state */
};

G_DEFINE_FINAL_TYPE (MgStatePicker, mg_state_picker, GTK_TYPE_POPOVER)

enum {
  STATE_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
matches (GtkListBoxRow *row,
         gpointer       user_data)
{
  MgStatePicker *self = user_data;
  const char *text = g_object_get_data (G_OBJECT (row), "search-text");

  return self->needle == NULL || (text != NULL && strstr (text, self->needle) != NULL);
}

static void
refilter (MgStatePicker *self)
{
  gtk_list_box_invalidate_filter (self->list);
  gtk_widget_set_visible (GTK_WIDGET (self->none), mg_state_picker_get_n_shown (self) == 0);
}

static void
on_search_changed_cb (MgStatePicker *self)
{
  mg_state_picker_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
}

static void
pick (MgStatePicker *self,
      GtkListBoxRow *row)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "position"));

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[STATE_PICKED], 0, position);
}

static void
on_row_activated_cb (MgStatePicker *self,
                     GtkListBoxRow *row)
{
  pick (self, row);
}

/* Enter in the search picks the first state shown. */
static void
on_search_activate_cb (MgStatePicker *self)
{
  for (int i = 0; gtk_list_box_get_row_at_index (self->list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (gtk_widget_get_child_visible (GTK_WIDGET (row)) && matches (row, self))
        {
          pick (self, row);
          return;
        }
    }
}

/* Down from the search goes into the list. */
static void
on_next_match_cb (MgStatePicker *self)
{
  for (int i = 0; gtk_list_box_get_row_at_index (self->list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (matches (row, self))
        {
          gtk_widget_grab_focus (GTK_WIDGET (row));
          return;
        }
    }
}

/* What a search looks in: the state's names in every language the feed
 * gives, and its id, casefolded. */
static char *
search_text_of (MgStateResult *state)
{
  const char *others = mg_state_result_get_other_names (state);
  g_autofree char *all = g_strjoin ("\n", mg_state_result_get_name (state), mg_state_result_get_id (state),
                                    others != NULL ? others : "", NULL);
  g_autofree char *normal = g_utf8_normalize (all, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normal, -1);
}

static GtkWidget *
make_row (MgStateResult *state,
          guint          position)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (mg_state_result_get_name (state));
  guint seats = mg_state_result_get_seats (state);
  g_autofree char *count = mg_text_format_count (seats);
  /* TRANSLATORS: a state's seats in the state picker */
  g_autofree char *seats_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s seat", "%s seats", seats),
                                                 count);
  GtkWidget *seats_label = gtk_label_new (seats_text);
  g_autofree char *search = search_text_of (state);
  g_autofree char *label = g_strdup_printf ("%s, %s", mg_state_result_get_name (state), seats_text);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (seats_label, "dim-label");
  gtk_widget_add_css_class (seats_label, "numeric");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), seats_label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (row), "position", GUINT_TO_POINTER (position));
  g_object_set_data_full (G_OBJECT (row), "search-text", g_steal_pointer (&search), g_free);
  return row;
}

/* The rows are made each time the picker opens: a few dozen, and the
 * states' names may have changed since. */
static void
fill (MgStatePicker *self)
{
  GtkListBoxRow *row;
  guint n = self->states != NULL ? g_list_model_get_n_items (self->states) : 0;

  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (MgStateResult) state = g_list_model_get_item (self->states, i);

      gtk_list_box_append (self->list, make_row (state, i));
    }
  refilter (self);
}

static void
mg_state_picker_show (GtkWidget *widget)
{
  MgStatePicker *self = MG_STATE_PICKER (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  fill (self);
  GTK_WIDGET_CLASS (mg_state_picker_parent_class)->show (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
mg_state_picker_dispose (GObject *object)
{
  MgStatePicker *self = MG_STATE_PICKER (object);

  g_clear_object (&self->states);
  g_clear_pointer (&self->needle, g_free);
  G_OBJECT_CLASS (mg_state_picker_parent_class)->dispose (object);
}

static void
mg_state_picker_class_init (MgStatePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_state_picker_dispose;
  widget_class->show = mg_state_picker_show;

  signals[STATE_PICKED] = g_signal_new ("state-picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
mg_state_picker_init (MgStatePicker *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  /* TRANSLATORS: the state picker's search; a state's name in either script */
  g_object_set (self->entry, "placeholder-text", _("Find a state"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Find a state"), -1);
  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_search_activate_cb), self);
  g_signal_connect_swapped (self->entry, "next-match", G_CALLBACK (on_next_match_cb), self);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (self->list, matches, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("States"), -1);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_set_size_request (scroller, 300, -1);

  /* TRANSLATORS: the state picker when no state's name holds what was typed */
  self->none = GTK_LABEL (gtk_label_new (_("No state by that name")));
  gtk_widget_add_css_class (GTK_WIDGET (self->none), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->none), FALSE);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->none));
  gtk_popover_set_child (GTK_POPOVER (self), box);
  gtk_widget_add_css_class (GTK_WIDGET (self), "state-picker");
}

GtkWidget *
mg_state_picker_new (void)
{
  return g_object_new (MG_TYPE_STATE_PICKER, NULL);
}

/* @states: (element-type MgStateResult): the states, in their tabs' order */
void
mg_state_picker_set_states (MgStatePicker *self,
                            GListModel    *states)
{
  g_return_if_fail (MG_IS_STATE_PICKER (self));
  g_set_object (&self->states, states);
  fill (self);
}

/* Leaves the states whose names (or id) hold @text, in any case. */
void
mg_state_picker_set_search (MgStatePicker *self,
                            const char    *text)
{
  g_autofree char *normal = NULL;

  g_return_if_fail (MG_IS_STATE_PICKER (self));

  g_clear_pointer (&self->needle, g_free);
  if (text != NULL && *g_strstrip (normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE)) != '\0')
    self->needle = g_utf8_casefold (normal, -1);
  refilter (self);
}

/* Returns: how many states the search leaves */
guint
mg_state_picker_get_n_shown (MgStatePicker *self)
{
  guint n = 0;
  GtkListBoxRow *row;

  g_return_val_if_fail (MG_IS_STATE_PICKER (self), 0);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    n += matches (row, self);
  return n;
}

/* Returns: the position of the @index-th state the search leaves, or -1 */
int
mg_state_picker_get_shown (MgStatePicker *self,
                           guint          index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (MG_IS_STATE_PICKER (self), -1);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (matches (row, self) && index-- == 0)
      return (int) GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "position"));
  return -1;
}
