/**
 * Small, memory-lean collections shared by Vigil's pure libraries (the linkage index, the alert engine), which must
 * not depend on each other. Depends on the JDK only.
 */
module org.vigil.collections {
    exports org.vigil.collections;
}
