package org.vigil.web;

/** Starts a test world and waits, for trying the app by hand. */
public final class Smoke {
    public static void main(String[] args) throws Exception {
        try (TestWorld w = TestWorld.start(Integer.parseInt(args.length > 0 ? args[0] : "300"))) {
            System.out.println("up at " + w.base + " data " + w.data);
            Thread.sleep(Long.parseLong(args.length > 1 ? args[1] : "600000"));
        }
    }
}
