package dev.agenda.realism;

import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/** The packages a class file names anywhere: every type its remapper would have to rename. */
final class PackagesUsed {

    private PackagesUsed() {}

    static Set<String> of(byte[] classFile) {
        Set<String> packages = new TreeSet<>();
        new ClassReader(classFile)
                .accept(
                        new ClassRemapper(
                                new org.objectweb.asm.ClassVisitor(org.objectweb.asm.Opcodes.ASM9) {}, new Remapper() {
                                    @Override
                                    public String map(String internalName) {
                                        int slash = internalName.lastIndexOf('/');
                                        if (slash > 0 && !internalName.startsWith("[")) {
                                            packages.add(internalName
                                                    .substring(0, slash)
                                                    .replace('/', '.'));
                                        }
                                        return internalName;
                                    }
                                }),
                        0);
        return packages;
    }
}
