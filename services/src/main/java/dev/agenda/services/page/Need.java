package dev.agenda.services.page;

/** What a piece of work needs of a page: viewing it only, or changing it or what its actions are tied to. */
public enum Need {
    VIEW,
    EDIT
}
