package org.vigil.web;

/** Reading a person or a concern needs a stated purpose, which is logged with the view (DPA 2018 s.62). */
public final class PurposeRequired extends WebException {
    private static final long serialVersionUID = 1L;
    private final String what;

    public PurposeRequired(String what) {
        super(428, "say why you are opening " + what);
        this.what = what;
    }

    public String what() {
        return what;
    }
}
