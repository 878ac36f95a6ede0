package dev.agenda.realism;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * Every reference from class files to an Atlassian type ({@code com/atlassian/…}) or member, read with ASM as the JVM
 * will link them: the types named anywhere (supertypes, descriptors, generic signatures, annotations, instructions,
 * caught exceptions), each method and field used with how it is called (static or not, on an interface or a class),
 * enum constants named in annotations, and which classes implement or extend an Atlassian type with which methods.
 */
final class AtlassianReferences {

    private static final String ATLASSIAN = "com/atlassian/";

    /** A type named by a class; {@code type} is an internal name ({@code com/atlassian/x/Y}). */
    record TypeUse(String type, String where) {}

    /**
     * A method or field used by a class.
     *
     * @param onInterface for methods, whether the call site names the owner as an interface
     */
    record MemberUse(
            String owner,
            boolean method,
            String name,
            String descriptor,
            boolean isStatic,
            boolean onInterface,
            String where) {}

    /** An enum constant named in an annotation (such as {@code @RequiresFormat(Format.Storage)}). */
    record ConstantUse(String owner, String name, String where) {}

    /** A class with an Atlassian supertype, and the concrete methods it declares ({@code name + descriptor}). */
    record Implementation(
            String className, String superName, List<String> interfaces, Set<String> methods, String where) {}

    final Set<TypeUse> types = new LinkedHashSet<>();
    final Set<MemberUse> members = new LinkedHashSet<>();
    final Set<ConstantUse> constants = new LinkedHashSet<>();
    final List<Implementation> implementations = new ArrayList<>();
    /** Every class read, with its supertypes, so inherited methods can be found. */
    final java.util.Map<String, Implementation> classes = new java.util.HashMap<>();

    static AtlassianReferences of(List<PluginJar.ClassFile> files) {
        AtlassianReferences references = new AtlassianReferences();
        for (PluginJar.ClassFile file : files) {
            new ClassReader(file.bytes()).accept(references.new Reader(file.where()), 0);
        }
        return references;
    }

    static boolean isAtlassian(String internalName) {
        return internalName != null && internalName.startsWith(ATLASSIAN);
    }

    private void type(Type type, String where) {
        while (type.getSort() == Type.ARRAY) {
            type = type.getElementType();
        }
        if (type.getSort() == Type.OBJECT && isAtlassian(type.getInternalName())) {
            types.add(new TypeUse(type.getInternalName(), where));
        } else if (type.getSort() == Type.METHOD) {
            type(type.getReturnType(), where);
            for (Type argument : type.getArgumentTypes()) {
                type(argument, where);
            }
        }
    }

    private void internalName(String name, String where) {
        if (name != null) {
            type(name.startsWith("[") ? Type.getType(name) : Type.getObjectType(name), where);
        }
    }

    private void signature(String signature, String where) {
        if (signature == null) {
            return;
        }
        new SignatureReader(signature).accept(new SignatureVisitor(Opcodes.ASM9) {
            @Override
            public void visitClassType(String name) {
                internalName(name, where);
            }
        });
    }

    private void constant(Object value, String where) {
        if (value instanceof Type type) {
            type(type, where);
        } else if (value instanceof Handle handle) {
            internalName(handle.getOwner(), where);
            type(Type.getType(handle.getDesc()), where);
            if (isAtlassian(handle.getOwner())) {
                boolean field = handle.getTag() <= Opcodes.H_PUTSTATIC;
                boolean isStatic = handle.getTag() == Opcodes.H_GETSTATIC
                        || handle.getTag() == Opcodes.H_PUTSTATIC
                        || handle.getTag() == Opcodes.H_INVOKESTATIC;
                members.add(new MemberUse(
                        handle.getOwner(),
                        !field,
                        handle.getName(),
                        handle.getDesc(),
                        isStatic,
                        handle.isInterface(),
                        where));
            }
        }
    }

    /**
     * Reads an annotation's values: the types and enum constants they name, and — when the annotation is an
     * Atlassian one — each element set, as a use of that element's method ({@code value()}, say).
     */
    private AnnotationVisitor annotations(String annotationDescriptor, String where) {
        String annotation = Type.getType(annotationDescriptor).getInternalName();
        return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String name, Object value) {
                constant(value, where);
                if (name != null && value instanceof String) {
                    element(name, "Ljava/lang/String;");
                }
            }

            @Override
            public void visitEnum(String name, String descriptor, String value) {
                type(Type.getType(descriptor), where);
                if (isAtlassian(Type.getType(descriptor).getInternalName())) {
                    constants.add(new ConstantUse(Type.getType(descriptor).getInternalName(), value, where));
                }
                if (name != null) {
                    element(name, descriptor);
                }
            }

            private void element(String name, String valueDescriptor) {
                if (isAtlassian(annotation)) {
                    members.add(new MemberUse(annotation, true, name, "()" + valueDescriptor, false, true, where));
                }
            }

            @Override
            public AnnotationVisitor visitAnnotation(String name, String descriptor) {
                type(Type.getType(descriptor), where);
                return annotations(descriptor, where);
            }

            @Override
            public AnnotationVisitor visitArray(String name) {
                return this;
            }
        };
    }

    private final class Reader extends ClassVisitor {

        private final String file;
        private String className;
        private String superName;
        private List<String> interfaces;
        private final Set<String> methods = new LinkedHashSet<>();

        Reader(String file) {
            super(Opcodes.ASM9);
            this.file = file;
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.className = name;
            this.superName = superName;
            this.interfaces = interfaces == null ? List.of() : List.of(interfaces);
            internalName(superName, where());
            this.interfaces.forEach(type -> internalName(type, where()));
            signature(signature, where());
        }

        private String where() {
            return className == null ? file : className.replace('/', '.');
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            type(Type.getType(descriptor), where());
            return annotations(descriptor, where());
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            String at = where() + "." + name;
            type(Type.getType(descriptor), at);
            signature(signature, at);
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    type(Type.getType(annotation), at);
                    return annotations(annotation, at);
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            String at = where() + "." + name + descriptor;
            if ((access & Opcodes.ACC_ABSTRACT) == 0) {
                methods.add(name + descriptor);
            }
            type(Type.getMethodType(descriptor), at);
            signature(signature, at);
            if (exceptions != null) {
                for (String exception : exceptions) {
                    internalName(exception, at);
                }
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    type(Type.getType(annotation), at);
                    return annotations(annotation, at);
                }

                @Override
                public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
                    type(Type.getType(annotation), at);
                    return annotations(annotation, at);
                }

                @Override
                public AnnotationVisitor visitAnnotationDefault() {
                    return annotations("Ljava/lang/Object;", at);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    internalName(type, at);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                    internalName(owner, at);
                    type(Type.getType(fieldDescriptor), at);
                    if (isAtlassian(owner)) {
                        boolean isStatic = opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC;
                        members.add(new MemberUse(owner, false, field, fieldDescriptor, isStatic, false, at));
                    }
                }

                @Override
                public void visitMethodInsn(
                        int opcode, String owner, String method, String methodDescriptor, boolean isInterface) {
                    internalName(owner, at);
                    type(Type.getMethodType(methodDescriptor), at);
                    if (isAtlassian(owner)) {
                        members.add(new MemberUse(
                                owner,
                                true,
                                method,
                                methodDescriptor,
                                opcode == Opcodes.INVOKESTATIC,
                                isInterface,
                                at));
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(
                        String method, String methodDescriptor, Handle bootstrap, Object... arguments) {
                    type(Type.getMethodType(methodDescriptor), at);
                    for (Object argument : arguments) {
                        constant(argument, at);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    constant(value, at);
                }

                @Override
                public void visitMultiANewArrayInsn(String arrayDescriptor, int dimensions) {
                    type(Type.getType(arrayDescriptor), at);
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String exception) {
                    internalName(exception, at);
                }

                @Override
                public void visitLocalVariable(
                        String local,
                        String localDescriptor,
                        String localSignature,
                        Label start,
                        Label end,
                        int index) {
                    type(Type.getType(localDescriptor), at);
                    signature(localSignature, at);
                }

                @Override
                public AnnotationVisitor visitInsnAnnotation(
                        int typeRef, TypePath typePath, String annotation, boolean visible) {
                    type(Type.getType(annotation), at);
                    return annotations(annotation, at);
                }
            };
        }

        @Override
        public void visitEnd() {
            Implementation implementation =
                    new Implementation(className, superName, interfaces, Set.copyOf(methods), file);
            classes.put(className, implementation);
            if (isAtlassian(superName) || interfaces.stream().anyMatch(AtlassianReferences::isAtlassian)) {
                implementations.add(implementation);
            }
        }
    }
}
