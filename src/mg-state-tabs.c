/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-state-tabs"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-a11y.h"
#include "mg-state-page.h"
#include "mg-state-picker.h"
#include "mg-state-result.h"
#include "mg-state-tabs.h"

/* A page per state under a strip of tabs, following a list of states.
 *
 * The tabs are a GtkStackSwitcher's buttons: unlike GtkNotebook's (GTK
 * 4.8), they take the focus themselves, as page tabs named after their
 * states, so a screen reader says which state is focused. */
struct _MgStateTabs
{
  GtkWidget          parent_instance;

  GListModel        *states;
  gboolean           rebuilding;

  GtkWidget         *tab_strip;
  GtkScrolledWindow *tabs_scroller;
  GtkStackSwitcher  *switcher;
  GtkStack          *stack;
  GtkMenuButton     *picker_button;
  MgStatePicker     *picker;
};

/* From this many states on, their tabs may not fit: the picker's button
 * shows at the strip's end. */
#define PICKER_FROM 8

/* A state's place in the stack. Its page, the costly part, is made when
 * the state is first shown or its page is asked for: a general election's
 * thirty-seven pages made before the first frame took most of a launch. */
#define MG_TYPE_STATE_SLOT (mg_state_slot_get_type ())
G_DECLARE_FINAL_TYPE (MgStateSlot, mg_state_slot, MG, STATE_SLOT, GtkWidget)

struct _MgStateSlot
{
  GtkWidget      parent_instance;
  MgStateResult *state;
};

G_DEFINE_FINAL_TYPE (MgStateSlot, mg_state_slot, GTK_TYPE_WIDGET)

static void
mg_state_slot_dispose (GObject *object)
{
  MgStateSlot *self = MG_STATE_SLOT (object);
  GtkWidget *page;

  while ((page = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (page);
  g_clear_object (&self->state);
  G_OBJECT_CLASS (mg_state_slot_parent_class)->dispose (object);
}

static void
mg_state_slot_class_init (MgStateSlotClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = mg_state_slot_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
mg_state_slot_init (MgStateSlot *self)
{
}

static GtkWidget *
mg_state_slot_new (MgStateResult *state)
{
  MgStateSlot *self = g_object_new (MG_TYPE_STATE_SLOT, NULL);

  self->state = g_object_ref (state);
  return GTK_WIDGET (self);
}

/* Returns: (transfer none) (nullable): the slot's page, if made */
static MgStatePage *
mg_state_slot_peek_page (MgStateSlot *self)
{
  return (MgStatePage *) gtk_widget_get_first_child (GTK_WIDGET (self));
}

G_DEFINE_FINAL_TYPE (MgStateTabs, mg_state_tabs, GTK_TYPE_WIDGET)

enum {
  STATE_SELECTED,
  PAGE_MADE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
nth_child (GtkWidget *parent,
           guint      position)
{
  GtkWidget *child = gtk_widget_get_first_child (parent);

  for (guint i = 0; child != NULL && i < position; i++)
    child = gtk_widget_get_next_sibling (child);
  return child;
}

static void
append_slot (MgStateTabs *self,
             GtkWidget   *slot)
{
  MgStateResult *state = MG_STATE_SLOT (slot)->state;
  /* Titled as it is added: each change of a tab's title rebuilds its
   * button, and GTK 4.8 asks the X server where the pointer is for it. */
  GtkStackPage *stack_page = gtk_stack_add_titled (self->stack, slot, mg_state_result_get_id (state),
                                                   mg_state_result_get_name (state));

  /* The title is the tab's label, and what a screen reader calls the tab. */
  g_object_bind_property (state, "name", stack_page, "title", G_BINDING_DEFAULT);
}

/* Returns: (transfer none): the page of @slot, made now if it was not */
static MgStatePage *
make_page (MgStateTabs *self,
           MgStateSlot *slot)
{
  GtkWidget *page = (GtkWidget *) mg_state_slot_peek_page (slot);

  if (page != NULL)
    return MG_STATE_PAGE (page);
  page = mg_state_page_new (slot->state);
  mg_state_page_set_shown (MG_STATE_PAGE (page), GTK_WIDGET (slot) == gtk_stack_get_visible_child (self->stack));
  gtk_widget_set_parent (page, GTK_WIDGET (slot));
  g_signal_emit (self, signals[PAGE_MADE], 0, page);
  return MG_STATE_PAGE (page);
}

/* Only the page shown holds visible widgets (see mg_state_page_set_shown()),
 * and it is made when first shown. */
static void
sync_shown_pages (MgStateTabs *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->stack);

  if (visible != NULL)
    make_page (self, MG_STATE_SLOT (visible));
  for (GtkWidget *slot = gtk_widget_get_first_child (GTK_WIDGET (self->stack)); slot != NULL;
       slot = gtk_widget_get_next_sibling (slot))
    {
      MgStatePage *page = mg_state_slot_peek_page (MG_STATE_SLOT (slot));

      if (page != NULL)
        mg_state_page_set_shown (page, slot == visible);
    }
}

static void
on_stack_visible_child_cb (MgStateTabs *self)
{
  /* While the pages are rebuilt, the stack shows whichever is left; the
   * one to show is known, and made, at the end. */
  if (self->rebuilding)
    return;
  sync_shown_pages (self);
  g_signal_emit (self, signals[STATE_SELECTED], 0, TRUE);
}

/* Keeps one page per state, in the list's order, following its changes. */
static void
on_states_items_changed_cb (MgStateTabs *self,
                            guint        position,
                            guint        removed,
                            guint        added,
                            GListModel  *states)
{
  MgStateResult *selected = mg_state_tabs_get_selected_state (self);
  g_autofree char *selected_id = selected != NULL ? g_strdup (mg_state_result_get_id (selected)) : NULL;
  g_autoptr (GPtrArray) after = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *slot;
  guint n = g_list_model_get_n_items (states);
  gboolean many = removed + added + (n - position - added) > 1;
  gboolean refocus = FALSE;
  int reselect = -1;

  self->rebuilding = TRUE;
  /* GTK 4.8's switcher makes all its buttons again for each page added or
   * removed: it is given the stack back once the pages are in. */
  if (many)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      refocus = root != NULL && mg_state_tabs_has_focus_in_tabs (self, gtk_root_get_focus (root));
      gtk_stack_switcher_set_stack (self->switcher, NULL);
    }
  for (guint i = 0; i < removed; i++)
    gtk_stack_remove (self->stack, nth_child (GTK_WIDGET (self->stack), position));
  /* A stack only appends: the pages after the new ones come off and back. */
  while ((slot = nth_child (GTK_WIDGET (self->stack), position)) != NULL)
    {
      g_ptr_array_add (after, g_object_ref (slot));
      gtk_stack_remove (self->stack, slot);
    }
  for (guint i = 0; i < added; i++)
    {
      g_autoptr (MgStateResult) state = g_list_model_get_item (states, position + i);

      append_slot (self, mg_state_slot_new (state));
    }
  for (guint i = 0; i < after->len; i++)
    append_slot (self, g_ptr_array_index (after, i));
  if (many)
    gtk_stack_switcher_set_stack (self->switcher, self->stack);

  /* The state that was selected stays selected if it is still there. */
  for (guint i = 0; i < n && selected_id != NULL && reselect < 0; i++)
    {
      g_autoptr (MgStateResult) state = g_list_model_get_item (states, i);

      if (g_strcmp0 (mg_state_result_get_id (state), selected_id) == 0)
        reselect = (int) i;
    }
  if (reselect >= 0 || gtk_stack_get_visible_child (self->stack) == NULL)
    mg_state_tabs_select_index (self, MAX (reselect, 0), FALSE);
  self->rebuilding = FALSE;
  sync_shown_pages (self);
  if (refocus)
    mg_state_tabs_focus_tab (self);

  gtk_widget_set_visible (GTK_WIDGET (self->tabs_scroller), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->picker_button), n >= PICKER_FROM);
  mg_state_picker_set_states (self->picker, states);
  g_signal_emit (self, signals[STATE_SELECTED], 0, FALSE);
}

/* A state picked in the picker: its tab is selected and takes the focus. */
static void
on_state_picked_cb (MgStateTabs *self,
                    guint        position)
{
  if (mg_state_tabs_select_index (self, (int) position, TRUE))
    mg_state_tabs_focus_tab (self);
}

static void
mg_state_tabs_dispose (GObject *object)
{
  MgStateTabs *self = MG_STATE_TABS (object);

  /* Pages going away with the stack are no choice of the user's. */
  self->rebuilding = TRUE;
  if (self->states != NULL)
    g_signal_handlers_disconnect_by_data (self->states, self);
  g_clear_object (&self->states);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_STATE_TABS);

  G_OBJECT_CLASS (mg_state_tabs_parent_class)->dispose (object);
}

static void
mg_state_tabs_class_init (MgStateTabsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_state_tabs_dispose;

  /**
   * MgStateTabs::state-selected:
   * @by_user: %TRUE when the user chose it, %FALSE when the pages changed
   *
   * Another state (or the same one on new pages) is shown.
   */
  signals[STATE_SELECTED] =
    g_signal_new ("state-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  /**
   * MgStateTabs::page-made:
   * @page: a state's page, just made
   *
   * A state's page is made when it is first shown or asked for; this is
   * the time to give it what the window's pages share.
   */
  signals[PAGE_MADE] =
    g_signal_new ("page-made", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, MG_TYPE_STATE_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-state-tabs.ui");
  gtk_widget_class_bind_template_child (widget_class, MgStateTabs, tab_strip);
  gtk_widget_class_bind_template_child (widget_class, MgStateTabs, tabs_scroller);
  gtk_widget_class_bind_template_child (widget_class, MgStateTabs, switcher);
  gtk_widget_class_bind_template_child (widget_class, MgStateTabs, stack);
  gtk_widget_class_bind_template_child (widget_class, MgStateTabs, picker_button);
  gtk_widget_class_bind_template_child (widget_class, MgStateTabs, picker);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_state_picked_cb);
  g_type_ensure (MG_TYPE_STATE_PICKER);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statetabs");
}

static void
mg_state_tabs_init (MgStateTabs *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* TRANSLATORS: the state picker's button, at the end of the state tabs */
  mg_a11y_set_tooltip (GTK_WIDGET (self->picker_button), _("Find a state by its name (Ctrl+Shift+K)"));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
}

GtkWidget *
mg_state_tabs_new (void)
{
  return g_object_new (MG_TYPE_STATE_TABS, NULL);
}

/**
 * mg_state_tabs_set_states:
 * @states: (element-type MgStateResult): the states, followed as they change
 */
void
mg_state_tabs_set_states (MgStateTabs *self,
                          GListModel  *states)
{
  guint removed;

  g_return_if_fail (MG_IS_STATE_TABS (self));
  g_return_if_fail (G_IS_LIST_MODEL (states));

  removed = mg_state_tabs_get_n_pages (self);
  if (self->states != NULL)
    g_signal_handlers_disconnect_by_data (self->states, self);
  g_set_object (&self->states, states);
  g_signal_connect_object (states, "items-changed", G_CALLBACK (on_states_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  on_states_items_changed_cb (self, 0, removed, g_list_model_get_n_items (states), states);
}

guint
mg_state_tabs_get_n_pages (MgStateTabs *self)
{
  guint n = 0;

  g_return_val_if_fail (MG_IS_STATE_TABS (self), 0);

  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->stack)); page != NULL;
       page = gtk_widget_get_next_sibling (page))
    n++;
  return n;
}

/**
 * mg_state_tabs_get_page:
 *
 * The page is made now if it was not yet (see #MgStateTabs::page-made).
 *
 * Returns: (transfer none) (nullable): the page of state number @position
 */
MgStatePage *
mg_state_tabs_get_page (MgStateTabs *self,
                        guint        position)
{
  GtkWidget *slot;

  g_return_val_if_fail (MG_IS_STATE_TABS (self), NULL);

  slot = nth_child (GTK_WIDGET (self->stack), position);
  return slot != NULL ? make_page (self, MG_STATE_SLOT (slot)) : NULL;
}

/**
 * mg_state_tabs_peek_page:
 *
 * Returns: (transfer none) (nullable): the page of state number @position
 *   if it has been made, else %NULL
 */
MgStatePage *
mg_state_tabs_peek_page (MgStateTabs *self,
                         guint        position)
{
  GtkWidget *slot;

  g_return_val_if_fail (MG_IS_STATE_TABS (self), NULL);

  slot = nth_child (GTK_WIDGET (self->stack), position);
  return slot != NULL ? mg_state_slot_peek_page (MG_STATE_SLOT (slot)) : NULL;
}

/**
 * mg_state_tabs_foreach_page:
 * @func: (scope call): called with each page made so far, in order
 *
 * The pages not made yet are left as they are: what they need, they get
 * when they are made (#MgStateTabs::page-made).
 */
void
mg_state_tabs_foreach_page (MgStateTabs    *self,
                            MgStatePageFunc func,
                            gpointer        user_data)
{
  g_return_if_fail (MG_IS_STATE_TABS (self));

  for (GtkWidget *slot = gtk_widget_get_first_child (GTK_WIDGET (self->stack)); slot != NULL;
       slot = gtk_widget_get_next_sibling (slot))
    {
      MgStatePage *page = mg_state_slot_peek_page (MG_STATE_SLOT (slot));

      if (page != NULL)
        func (page, user_data);
    }
}

/**
 * mg_state_tabs_get_tab:
 *
 * Returns: (transfer none) (nullable): the tab of state number @position
 */
GtkWidget *
mg_state_tabs_get_tab (MgStateTabs *self,
                       guint        position)
{
  g_return_val_if_fail (MG_IS_STATE_TABS (self), NULL);

  return nth_child (GTK_WIDGET (self->switcher), position);
}

/**
 * mg_state_tabs_get_selected_index:
 *
 * Returns: the position of the selected state, or -1
 */
int
mg_state_tabs_get_selected_index (MgStateTabs *self)
{
  GtkWidget *visible;
  int i = 0;

  g_return_val_if_fail (MG_IS_STATE_TABS (self), -1);

  visible = gtk_stack_get_visible_child (self->stack);
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->stack)); page != NULL;
       page = gtk_widget_get_next_sibling (page), i++)
    if (page == visible)
      return i;
  return -1;
}

/**
 * mg_state_tabs_get_selected_state:
 *
 * Returns: (transfer none) (nullable): the state shown
 */
MgStateResult *
mg_state_tabs_get_selected_state (MgStateTabs *self)
{
  GtkWidget *slot;

  g_return_val_if_fail (MG_IS_STATE_TABS (self), NULL);

  slot = gtk_stack_get_visible_child (self->stack);
  return slot != NULL ? MG_STATE_SLOT (slot)->state : NULL;
}

/**
 * mg_state_tabs_select_index:
 * @focus_tab: move the keyboard focus to the state's tab, where a screen
 *   reader announces it
 *
 * Shows the state at @position, if there is one.
 *
 * Returns: %TRUE if there is
 */
gboolean
mg_state_tabs_select_index (MgStateTabs *self,
                            int          position,
                            gboolean     focus_tab)
{
  GtkWidget *page;

  g_return_val_if_fail (MG_IS_STATE_TABS (self), FALSE);

  if (position < 0 || (page = nth_child (GTK_WIDGET (self->stack), (guint) position)) == NULL)
    return FALSE;
  gtk_stack_set_visible_child (self->stack, page);
  if (focus_tab)
    mg_state_tabs_focus_tab (self);
  return TRUE;
}

/* Moves the keyboard focus to the selected state's tab. */
void
mg_state_tabs_focus_tab (MgStateTabs *self)
{
  int position = mg_state_tabs_get_selected_index (self);
  GtkWidget *tab = position >= 0 ? mg_state_tabs_get_tab (self, (guint) position) : NULL;

  if (tab != NULL)
    gtk_widget_grab_focus (tab);
}

/* Moves the keyboard focus to the first thing of the selected page. */
void
mg_state_tabs_focus_page (MgStateTabs *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);

  if (page != NULL)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static gboolean
is_within (GtkWidget *widget,
           GtkWidget *region)
{
  return widget != NULL && region != NULL &&
         (widget == region || gtk_widget_is_ancestor (widget, region));
}

/* Whether @focus is on the tabs. */
gboolean
mg_state_tabs_has_focus_in_tabs (MgStateTabs *self,
                                 GtkWidget   *focus)
{
  return is_within (focus, GTK_WIDGET (self->tabs_scroller));
}

/* Whether @focus is in the selected state's page. */
gboolean
mg_state_tabs_has_focus_in_page (MgStateTabs *self,
                                 GtkWidget   *focus)
{
  return is_within (focus, gtk_stack_get_visible_child (self->stack));
}

/* Opens the state picker, when there are states enough to need it.
 * Returns: whether it opened */
gboolean
mg_state_tabs_open_picker (MgStateTabs *self)
{
  g_return_val_if_fail (MG_IS_STATE_TABS (self), FALSE);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->picker_button)))
    return FALSE;
  gtk_menu_button_popup (self->picker_button);
  return TRUE;
}

/* Returns: (transfer none): the state picker, for tests */
MgStatePicker *
mg_state_tabs_get_picker (MgStateTabs *self)
{
  g_return_val_if_fail (MG_IS_STATE_TABS (self), NULL);
  return self->picker;
}
