/*
 * driso_sal_legacy.h: the rest of Microsoft's source annotation language
 * that mingw-w64 lacks, defined empty (included at the end of driso_sal.h).
 *
 * Names and parameter counts are those of the public SAL 1 / SAL 2 macros
 * of sal.h, specstrings.h, driverspecs.h and concurrencysal.h as found in
 * Microsoft's WDK header set published with microsoft/wdkmetadata (facts
 * only; no expansion is reproduced: outside code analysis every one of
 * them expands to nothing, which is what is defined here). Internal
 * helpers (*_impl*, _SA_*, __inner_*, _SAL_*) are left out. Each macro is
 * defined only when nothing defined it before.
 *
 * __pre, __bound and __valid are C only: libstdc++ uses those spellings as
 * identifiers. __in / __out stay C only too (mingw's sal.h decision, for
 * the same reason).
 */
#ifndef DRISO_SAL_LEGACY_H
#define DRISO_SAL_LEGACY_H


/* ---- specstrings.h ---- */
#ifndef _Accessible_bytes_
#define _Accessible_bytes_(context, expr)
#endif
#ifndef _Accessible_bytes_when_
#define _Accessible_bytes_when_(previousContext, context, expr)
#endif

/* ---- driverspecs.h ---- */
#ifndef _Analysis_assume_section_locked_
#define _Analysis_assume_section_locked_(name)
#endif
#ifndef _Analysis_assume_section_unlocked_
#define _Analysis_assume_section_unlocked_(name)
#endif

/* ---- concurrencysal.h ---- */
#ifndef _Analysis_assume_smart_lock_acquired_
#define _Analysis_assume_smart_lock_acquired_(lock)
#endif
#ifndef _Analysis_assume_smart_lock_released_
#define _Analysis_assume_smart_lock_released_(lock)
#endif

/* ---- sal.h ---- */
#ifndef _Deref2_pre_readonly_
#define _Deref2_pre_readonly_
#endif
#ifndef _Deref_in_bound_
#define _Deref_in_bound_
#endif
#ifndef _Deref_inout_bound_
#define _Deref_inout_bound_
#endif
#ifndef _Deref_inout_z_
#define _Deref_inout_z_
#endif
#ifndef _Deref_inout_z_bytecap_c_
#define _Deref_inout_z_bytecap_c_(size)
#endif
#ifndef _Deref_inout_z_cap_c_
#define _Deref_inout_z_cap_c_(size)
#endif
#ifndef _Deref_opt_out_opt_z_
#define _Deref_opt_out_opt_z_
#endif
#ifndef _Deref_opt_out_z_
#define _Deref_opt_out_z_
#endif
#ifndef _Deref_out_bound_
#define _Deref_out_bound_
#endif
#ifndef _Deref_out_opt_z_
#define _Deref_out_opt_z_
#endif
#ifndef _Deref_out_z_
#define _Deref_out_z_
#endif
#ifndef _Deref_out_z_bytecap_c_
#define _Deref_out_z_bytecap_c_(size)
#endif
#ifndef _Deref_out_z_cap_c_
#define _Deref_out_z_cap_c_(size)
#endif
#ifndef _Deref_post_bytecap_
#define _Deref_post_bytecap_(size)
#endif
#ifndef _Deref_post_bytecap_c_
#define _Deref_post_bytecap_c_(size)
#endif
#ifndef _Deref_post_bytecap_x_
#define _Deref_post_bytecap_x_(size)
#endif
#ifndef _Deref_post_bytecount_
#define _Deref_post_bytecount_(size)
#endif
#ifndef _Deref_post_bytecount_c_
#define _Deref_post_bytecount_c_(size)
#endif
#ifndef _Deref_post_bytecount_x_
#define _Deref_post_bytecount_x_(size)
#endif
#ifndef _Deref_post_cap_
#define _Deref_post_cap_(size)
#endif
#ifndef _Deref_post_cap_c_
#define _Deref_post_cap_c_(size)
#endif
#ifndef _Deref_post_cap_x_
#define _Deref_post_cap_x_(size)
#endif
#ifndef _Deref_post_count_
#define _Deref_post_count_(size)
#endif
#ifndef _Deref_post_count_c_
#define _Deref_post_count_c_(size)
#endif
#ifndef _Deref_post_count_x_
#define _Deref_post_count_x_(size)
#endif
#ifndef _Deref_post_maybenull_
#define _Deref_post_maybenull_
#endif
#ifndef _Deref_post_opt_bytecap_
#define _Deref_post_opt_bytecap_(size)
#endif
#ifndef _Deref_post_opt_bytecap_c_
#define _Deref_post_opt_bytecap_c_(size)
#endif
#ifndef _Deref_post_opt_bytecap_x_
#define _Deref_post_opt_bytecap_x_(size)
#endif
#ifndef _Deref_post_opt_bytecount_
#define _Deref_post_opt_bytecount_(size)
#endif
#ifndef _Deref_post_opt_bytecount_c_
#define _Deref_post_opt_bytecount_c_(size)
#endif
#ifndef _Deref_post_opt_bytecount_x_
#define _Deref_post_opt_bytecount_x_(size)
#endif
#ifndef _Deref_post_opt_cap_
#define _Deref_post_opt_cap_(size)
#endif
#ifndef _Deref_post_opt_cap_c_
#define _Deref_post_opt_cap_c_(size)
#endif
#ifndef _Deref_post_opt_cap_x_
#define _Deref_post_opt_cap_x_(size)
#endif
#ifndef _Deref_post_opt_count_
#define _Deref_post_opt_count_(size)
#endif
#ifndef _Deref_post_opt_count_c_
#define _Deref_post_opt_count_c_(size)
#endif
#ifndef _Deref_post_opt_count_x_
#define _Deref_post_opt_count_x_(size)
#endif
#ifndef _Deref_post_opt_valid_
#define _Deref_post_opt_valid_
#endif
#ifndef _Deref_post_opt_valid_bytecap_
#define _Deref_post_opt_valid_bytecap_(size)
#endif
#ifndef _Deref_post_opt_valid_bytecap_c_
#define _Deref_post_opt_valid_bytecap_c_(size)
#endif
#ifndef _Deref_post_opt_valid_bytecap_x_
#define _Deref_post_opt_valid_bytecap_x_(size)
#endif
#ifndef _Deref_post_opt_valid_cap_
#define _Deref_post_opt_valid_cap_(size)
#endif
#ifndef _Deref_post_opt_valid_cap_c_
#define _Deref_post_opt_valid_cap_c_(size)
#endif
#ifndef _Deref_post_opt_valid_cap_x_
#define _Deref_post_opt_valid_cap_x_(size)
#endif
#ifndef _Deref_post_opt_z_
#define _Deref_post_opt_z_
#endif
#ifndef _Deref_post_opt_z_bytecap_
#define _Deref_post_opt_z_bytecap_(size)
#endif
#ifndef _Deref_post_opt_z_bytecap_c_
#define _Deref_post_opt_z_bytecap_c_(size)
#endif
#ifndef _Deref_post_opt_z_bytecap_x_
#define _Deref_post_opt_z_bytecap_x_(size)
#endif
#ifndef _Deref_post_opt_z_cap_
#define _Deref_post_opt_z_cap_(size)
#endif
#ifndef _Deref_post_opt_z_cap_c_
#define _Deref_post_opt_z_cap_c_(size)
#endif
#ifndef _Deref_post_opt_z_cap_x_
#define _Deref_post_opt_z_cap_x_(size)
#endif
#ifndef _Deref_post_valid_
#define _Deref_post_valid_
#endif
#ifndef _Deref_post_valid_bytecap_
#define _Deref_post_valid_bytecap_(size)
#endif
#ifndef _Deref_post_valid_bytecap_c_
#define _Deref_post_valid_bytecap_c_(size)
#endif
#ifndef _Deref_post_valid_bytecap_x_
#define _Deref_post_valid_bytecap_x_(size)
#endif
#ifndef _Deref_post_valid_cap_
#define _Deref_post_valid_cap_(size)
#endif
#ifndef _Deref_post_valid_cap_c_
#define _Deref_post_valid_cap_c_(size)
#endif
#ifndef _Deref_post_valid_cap_x_
#define _Deref_post_valid_cap_x_(size)
#endif
#ifndef _Deref_post_z_
#define _Deref_post_z_
#endif
#ifndef _Deref_post_z_bytecap_
#define _Deref_post_z_bytecap_(size)
#endif
#ifndef _Deref_post_z_bytecap_c_
#define _Deref_post_z_bytecap_c_(size)
#endif
#ifndef _Deref_post_z_bytecap_x_
#define _Deref_post_z_bytecap_x_(size)
#endif
#ifndef _Deref_post_z_cap_
#define _Deref_post_z_cap_(size)
#endif
#ifndef _Deref_post_z_cap_c_
#define _Deref_post_z_cap_c_(size)
#endif
#ifndef _Deref_post_z_cap_x_
#define _Deref_post_z_cap_x_(size)
#endif
#ifndef _Deref_pre_bytecap_
#define _Deref_pre_bytecap_(size)
#endif
#ifndef _Deref_pre_bytecap_c_
#define _Deref_pre_bytecap_c_(size)
#endif
#ifndef _Deref_pre_bytecap_x_
#define _Deref_pre_bytecap_x_(size)
#endif
#ifndef _Deref_pre_bytecount_
#define _Deref_pre_bytecount_(size)
#endif
#ifndef _Deref_pre_bytecount_c_
#define _Deref_pre_bytecount_c_(size)
#endif
#ifndef _Deref_pre_bytecount_x_
#define _Deref_pre_bytecount_x_(size)
#endif
#ifndef _Deref_pre_cap_
#define _Deref_pre_cap_(size)
#endif
#ifndef _Deref_pre_cap_c_
#define _Deref_pre_cap_c_(size)
#endif
#ifndef _Deref_pre_cap_x_
#define _Deref_pre_cap_x_(size)
#endif
#ifndef _Deref_pre_count_
#define _Deref_pre_count_(size)
#endif
#ifndef _Deref_pre_count_c_
#define _Deref_pre_count_c_(size)
#endif
#ifndef _Deref_pre_count_x_
#define _Deref_pre_count_x_(size)
#endif
#ifndef _Deref_pre_invalid_
#define _Deref_pre_invalid_
#endif
#ifndef _Deref_pre_maybenull_
#define _Deref_pre_maybenull_
#endif
#ifndef _Deref_pre_notnull_
#define _Deref_pre_notnull_
#endif
#ifndef _Deref_pre_opt_bytecap_
#define _Deref_pre_opt_bytecap_(size)
#endif
#ifndef _Deref_pre_opt_bytecap_c_
#define _Deref_pre_opt_bytecap_c_(size)
#endif
#ifndef _Deref_pre_opt_bytecap_x_
#define _Deref_pre_opt_bytecap_x_(size)
#endif
#ifndef _Deref_pre_opt_bytecount_
#define _Deref_pre_opt_bytecount_(size)
#endif
#ifndef _Deref_pre_opt_bytecount_c_
#define _Deref_pre_opt_bytecount_c_(size)
#endif
#ifndef _Deref_pre_opt_bytecount_x_
#define _Deref_pre_opt_bytecount_x_(size)
#endif
#ifndef _Deref_pre_opt_cap_
#define _Deref_pre_opt_cap_(size)
#endif
#ifndef _Deref_pre_opt_cap_c_
#define _Deref_pre_opt_cap_c_(size)
#endif
#ifndef _Deref_pre_opt_cap_x_
#define _Deref_pre_opt_cap_x_(size)
#endif
#ifndef _Deref_pre_opt_count_
#define _Deref_pre_opt_count_(size)
#endif
#ifndef _Deref_pre_opt_count_c_
#define _Deref_pre_opt_count_c_(size)
#endif
#ifndef _Deref_pre_opt_count_x_
#define _Deref_pre_opt_count_x_(size)
#endif
#ifndef _Deref_pre_opt_valid_
#define _Deref_pre_opt_valid_
#endif
#ifndef _Deref_pre_opt_valid_bytecap_
#define _Deref_pre_opt_valid_bytecap_(size)
#endif
#ifndef _Deref_pre_opt_valid_bytecap_c_
#define _Deref_pre_opt_valid_bytecap_c_(size)
#endif
#ifndef _Deref_pre_opt_valid_bytecap_x_
#define _Deref_pre_opt_valid_bytecap_x_(size)
#endif
#ifndef _Deref_pre_opt_valid_cap_
#define _Deref_pre_opt_valid_cap_(size)
#endif
#ifndef _Deref_pre_opt_valid_cap_c_
#define _Deref_pre_opt_valid_cap_c_(size)
#endif
#ifndef _Deref_pre_opt_valid_cap_x_
#define _Deref_pre_opt_valid_cap_x_(size)
#endif
#ifndef _Deref_pre_opt_z_
#define _Deref_pre_opt_z_
#endif
#ifndef _Deref_pre_opt_z_bytecap_
#define _Deref_pre_opt_z_bytecap_(size)
#endif
#ifndef _Deref_pre_opt_z_bytecap_c_
#define _Deref_pre_opt_z_bytecap_c_(size)
#endif
#ifndef _Deref_pre_opt_z_bytecap_x_
#define _Deref_pre_opt_z_bytecap_x_(size)
#endif
#ifndef _Deref_pre_opt_z_cap_
#define _Deref_pre_opt_z_cap_(size)
#endif
#ifndef _Deref_pre_opt_z_cap_c_
#define _Deref_pre_opt_z_cap_c_(size)
#endif
#ifndef _Deref_pre_opt_z_cap_x_
#define _Deref_pre_opt_z_cap_x_(size)
#endif
#ifndef _Deref_pre_readonly_
#define _Deref_pre_readonly_
#endif
#ifndef _Deref_pre_valid_
#define _Deref_pre_valid_
#endif
#ifndef _Deref_pre_valid_bytecap_
#define _Deref_pre_valid_bytecap_(size)
#endif
#ifndef _Deref_pre_valid_bytecap_c_
#define _Deref_pre_valid_bytecap_c_(size)
#endif
#ifndef _Deref_pre_valid_bytecap_x_
#define _Deref_pre_valid_bytecap_x_(size)
#endif
#ifndef _Deref_pre_valid_cap_
#define _Deref_pre_valid_cap_(size)
#endif
#ifndef _Deref_pre_valid_cap_c_
#define _Deref_pre_valid_cap_c_(size)
#endif
#ifndef _Deref_pre_valid_cap_x_
#define _Deref_pre_valid_cap_x_(size)
#endif
#ifndef _Deref_pre_writeonly_
#define _Deref_pre_writeonly_
#endif
#ifndef _Deref_pre_z_
#define _Deref_pre_z_
#endif
#ifndef _Deref_pre_z_bytecap_
#define _Deref_pre_z_bytecap_(size)
#endif
#ifndef _Deref_pre_z_bytecap_c_
#define _Deref_pre_z_bytecap_c_(size)
#endif
#ifndef _Deref_pre_z_bytecap_x_
#define _Deref_pre_z_bytecap_x_(size)
#endif
#ifndef _Deref_pre_z_cap_
#define _Deref_pre_z_cap_(size)
#endif
#ifndef _Deref_pre_z_cap_c_
#define _Deref_pre_z_cap_c_(size)
#endif
#ifndef _Deref_pre_z_cap_x_
#define _Deref_pre_z_cap_x_(size)
#endif
#ifndef _Deref_prepost_bytecap_
#define _Deref_prepost_bytecap_(size)
#endif
#ifndef _Deref_prepost_bytecap_x_
#define _Deref_prepost_bytecap_x_(size)
#endif
#ifndef _Deref_prepost_bytecount_
#define _Deref_prepost_bytecount_(size)
#endif
#ifndef _Deref_prepost_bytecount_x_
#define _Deref_prepost_bytecount_x_(size)
#endif
#ifndef _Deref_prepost_cap_
#define _Deref_prepost_cap_(size)
#endif
#ifndef _Deref_prepost_cap_x_
#define _Deref_prepost_cap_x_(size)
#endif
#ifndef _Deref_prepost_count_
#define _Deref_prepost_count_(size)
#endif
#ifndef _Deref_prepost_count_x_
#define _Deref_prepost_count_x_(size)
#endif
#ifndef _Deref_prepost_opt_bytecap_
#define _Deref_prepost_opt_bytecap_(size)
#endif
#ifndef _Deref_prepost_opt_bytecap_x_
#define _Deref_prepost_opt_bytecap_x_(size)
#endif
#ifndef _Deref_prepost_opt_bytecount_
#define _Deref_prepost_opt_bytecount_(size)
#endif
#ifndef _Deref_prepost_opt_bytecount_x_
#define _Deref_prepost_opt_bytecount_x_(size)
#endif
#ifndef _Deref_prepost_opt_cap_
#define _Deref_prepost_opt_cap_(size)
#endif
#ifndef _Deref_prepost_opt_cap_x_
#define _Deref_prepost_opt_cap_x_(size)
#endif
#ifndef _Deref_prepost_opt_count_
#define _Deref_prepost_opt_count_(size)
#endif
#ifndef _Deref_prepost_opt_count_x_
#define _Deref_prepost_opt_count_x_(size)
#endif
#ifndef _Deref_prepost_opt_valid_
#define _Deref_prepost_opt_valid_
#endif
#ifndef _Deref_prepost_opt_valid_bytecap_
#define _Deref_prepost_opt_valid_bytecap_(size)
#endif
#ifndef _Deref_prepost_opt_valid_bytecap_x_
#define _Deref_prepost_opt_valid_bytecap_x_(size)
#endif
#ifndef _Deref_prepost_opt_valid_cap_
#define _Deref_prepost_opt_valid_cap_(size)
#endif
#ifndef _Deref_prepost_opt_valid_cap_x_
#define _Deref_prepost_opt_valid_cap_x_(size)
#endif
#ifndef _Deref_prepost_opt_z_
#define _Deref_prepost_opt_z_
#endif
#ifndef _Deref_prepost_opt_z_bytecap_
#define _Deref_prepost_opt_z_bytecap_(size)
#endif
#ifndef _Deref_prepost_opt_z_cap_
#define _Deref_prepost_opt_z_cap_(size)
#endif
#ifndef _Deref_prepost_valid_
#define _Deref_prepost_valid_
#endif
#ifndef _Deref_prepost_valid_bytecap_
#define _Deref_prepost_valid_bytecap_(size)
#endif
#ifndef _Deref_prepost_valid_bytecap_x_
#define _Deref_prepost_valid_bytecap_x_(size)
#endif
#ifndef _Deref_prepost_valid_cap_
#define _Deref_prepost_valid_cap_(size)
#endif
#ifndef _Deref_prepost_valid_cap_x_
#define _Deref_prepost_valid_cap_x_(size)
#endif
#ifndef _Deref_prepost_z_
#define _Deref_prepost_z_
#endif
#ifndef _Deref_prepost_z_bytecap_
#define _Deref_prepost_z_bytecap_(size)
#endif
#ifndef _Deref_prepost_z_cap_
#define _Deref_prepost_z_cap_(size)
#endif
#ifndef _Deref_ret_bound_
#define _Deref_ret_bound_
#endif
#ifndef _Deref_ret_opt_z_
#define _Deref_ret_opt_z_
#endif
#ifndef _Deref_ret_z_
#define _Deref_ret_z_
#endif

/* ---- concurrencysal.h ---- */
#ifndef _Detaches_lock_
#define _Detaches_lock_(detached, lock)
#endif

/* ---- driverspecs.h ---- */
#ifndef _IRQL_inout_
#define _IRQL_inout_
#endif
#ifndef _IRQL_is_cancel_
#define _IRQL_is_cancel_
#endif
#ifndef _IRQL_uses_cancel_
#define _IRQL_uses_cancel_
#endif

/* ---- specstrings.h ---- */
#ifndef _In_NLS_string_
#define _In_NLS_string_(size)
#endif

/* ---- sal.h ---- */
#ifndef _In_bound_
#define _In_bound_
#endif
#ifndef _In_function_class_
#define _In_function_class_(x)
#endif
#ifndef _Inout_defensive_
#define _Inout_defensive_(annotes)
#endif

/* ---- driverspecs.h ---- */
#ifndef _Kernel_IoGetDmaAdapter_
#define _Kernel_IoGetDmaAdapter_
#endif

/* ---- specstrings.h ---- */
#ifndef _Kernel_entry_
#define _Kernel_entry_
#endif
#ifndef _Kernel_entry_always_
#define _Kernel_entry_always_
#endif

/* ---- driverspecs.h ---- */
#ifndef _Landmark_
#define _Landmark_(name)
#endif

/* ---- sal.h ---- */
#ifndef _Maybevalid_
#define _Maybevalid_
#endif

/* ---- specstrings.h ---- */
#ifndef _Memory_origin_
#define _Memory_origin_(context)
#endif
#ifndef _Memory_origin_when_
#define _Memory_origin_when_(previousContext, context)
#endif

/* ---- concurrencysal.h ---- */
#ifndef _Moves_lock_
#define _Moves_lock_(target, source)
#endif

/* ---- sal.h ---- */
#ifndef _Notref_
#define _Notref_
#endif
#ifndef _Out_bound_
#define _Out_bound_
#endif
#ifndef _Post_bytecap_
#define _Post_bytecap_(size)
#endif
#ifndef _Post_bytecount_
#define _Post_bytecount_(size)
#endif
#ifndef _Post_bytecount_c_
#define _Post_bytecount_c_(size)
#endif
#ifndef _Post_bytecount_x_
#define _Post_bytecount_x_(size)
#endif
#ifndef _Post_cap_
#define _Post_cap_(size)
#endif
#ifndef _Post_count_
#define _Post_count_(size)
#endif
#ifndef _Post_count_c_
#define _Post_count_c_(size)
#endif
#ifndef _Post_count_x_
#define _Post_count_x_(size)
#endif
#ifndef _Post_maybez_
#define _Post_maybez_
#endif
#ifndef _Post_ptr_invalid_
#define _Post_ptr_invalid_
#endif
#ifndef _Post_z_
#define _Post_z_
#endif
#ifndef _Post_z_bytecount_
#define _Post_z_bytecount_(size)
#endif
#ifndef _Post_z_bytecount_c_
#define _Post_z_bytecount_c_(size)
#endif
#ifndef _Post_z_bytecount_x_
#define _Post_z_bytecount_x_(size)
#endif
#ifndef _Post_z_count_
#define _Post_z_count_(size)
#endif
#ifndef _Post_z_count_c_
#define _Post_z_count_c_(size)
#endif
#ifndef _Post_z_count_x_
#define _Post_z_count_x_(size)
#endif

/* ---- specstrings.h ---- */
#ifndef _Pre_accessible_bytes_
#define _Pre_accessible_bytes_(context, expr)
#endif
#ifndef _Pre_accessible_bytes_when_
#define _Pre_accessible_bytes_when_(context, previousContext, expr)
#endif

/* ---- sal.h ---- */
#ifndef _Pre_bytecap_
#define _Pre_bytecap_(size)
#endif
#ifndef _Pre_bytecap_c_
#define _Pre_bytecap_c_(size)
#endif
#ifndef _Pre_bytecap_x_
#define _Pre_bytecap_x_(size)
#endif
#ifndef _Pre_bytecount_
#define _Pre_bytecount_(size)
#endif
#ifndef _Pre_bytecount_c_
#define _Pre_bytecount_c_(size)
#endif
#ifndef _Pre_bytecount_x_
#define _Pre_bytecount_x_(size)
#endif
#ifndef _Pre_cap_
#define _Pre_cap_(size)
#endif
#ifndef _Pre_cap_c_
#define _Pre_cap_c_(size)
#endif
#ifndef _Pre_cap_c_one_
#define _Pre_cap_c_one_
#endif
#ifndef _Pre_cap_for_
#define _Pre_cap_for_(param)
#endif
#ifndef _Pre_cap_m_
#define _Pre_cap_m_(mult, size)
#endif
#ifndef _Pre_cap_x_
#define _Pre_cap_x_(size)
#endif
#ifndef _Pre_count_
#define _Pre_count_(size)
#endif
#ifndef _Pre_count_c_
#define _Pre_count_c_(size)
#endif
#ifndef _Pre_count_x_
#define _Pre_count_x_(size)
#endif
#ifndef _Pre_opt_bytecap_
#define _Pre_opt_bytecap_(size)
#endif
#ifndef _Pre_opt_bytecap_c_
#define _Pre_opt_bytecap_c_(size)
#endif
#ifndef _Pre_opt_bytecap_x_
#define _Pre_opt_bytecap_x_(size)
#endif
#ifndef _Pre_opt_bytecount_
#define _Pre_opt_bytecount_(size)
#endif
#ifndef _Pre_opt_bytecount_c_
#define _Pre_opt_bytecount_c_(size)
#endif
#ifndef _Pre_opt_bytecount_x_
#define _Pre_opt_bytecount_x_(size)
#endif
#ifndef _Pre_opt_cap_
#define _Pre_opt_cap_(size)
#endif
#ifndef _Pre_opt_cap_c_
#define _Pre_opt_cap_c_(size)
#endif
#ifndef _Pre_opt_cap_c_one_
#define _Pre_opt_cap_c_one_
#endif
#ifndef _Pre_opt_cap_for_
#define _Pre_opt_cap_for_(param)
#endif
#ifndef _Pre_opt_cap_m_
#define _Pre_opt_cap_m_(mult, size)
#endif
#ifndef _Pre_opt_cap_x_
#define _Pre_opt_cap_x_(size)
#endif
#ifndef _Pre_opt_count_
#define _Pre_opt_count_(size)
#endif
#ifndef _Pre_opt_count_c_
#define _Pre_opt_count_c_(size)
#endif
#ifndef _Pre_opt_count_x_
#define _Pre_opt_count_x_(size)
#endif
#ifndef _Pre_opt_ptrdiff_cap_
#define _Pre_opt_ptrdiff_cap_(ptr)
#endif
#ifndef _Pre_opt_ptrdiff_count_
#define _Pre_opt_ptrdiff_count_(ptr)
#endif
#ifndef _Pre_opt_valid_
#define _Pre_opt_valid_
#endif
#ifndef _Pre_opt_valid_bytecap_
#define _Pre_opt_valid_bytecap_(size)
#endif
#ifndef _Pre_opt_valid_bytecap_c_
#define _Pre_opt_valid_bytecap_c_(size)
#endif
#ifndef _Pre_opt_valid_bytecap_x_
#define _Pre_opt_valid_bytecap_x_(size)
#endif
#ifndef _Pre_opt_valid_cap_
#define _Pre_opt_valid_cap_(size)
#endif
#ifndef _Pre_opt_valid_cap_c_
#define _Pre_opt_valid_cap_c_(size)
#endif
#ifndef _Pre_opt_valid_cap_x_
#define _Pre_opt_valid_cap_x_(size)
#endif
#ifndef _Pre_opt_z_
#define _Pre_opt_z_
#endif
#ifndef _Pre_opt_z_bytecap_
#define _Pre_opt_z_bytecap_(size)
#endif
#ifndef _Pre_opt_z_bytecap_c_
#define _Pre_opt_z_bytecap_c_(size)
#endif
#ifndef _Pre_opt_z_bytecap_x_
#define _Pre_opt_z_bytecap_x_(size)
#endif
#ifndef _Pre_opt_z_cap_
#define _Pre_opt_z_cap_(size)
#endif
#ifndef _Pre_opt_z_cap_c_
#define _Pre_opt_z_cap_c_(size)
#endif
#ifndef _Pre_opt_z_cap_x_
#define _Pre_opt_z_cap_x_(size)
#endif
#ifndef _Pre_ptrdiff_cap_
#define _Pre_ptrdiff_cap_(ptr)
#endif
#ifndef _Pre_ptrdiff_count_
#define _Pre_ptrdiff_count_(ptr)
#endif
#ifndef _Pre_readonly_
#define _Pre_readonly_
#endif
#ifndef _Pre_unknown_
#define _Pre_unknown_
#endif
#ifndef _Pre_valid_bytecap_
#define _Pre_valid_bytecap_(size)
#endif
#ifndef _Pre_valid_bytecap_c_
#define _Pre_valid_bytecap_c_(size)
#endif
#ifndef _Pre_valid_bytecap_x_
#define _Pre_valid_bytecap_x_(size)
#endif
#ifndef _Pre_valid_cap_
#define _Pre_valid_cap_(size)
#endif
#ifndef _Pre_valid_cap_c_
#define _Pre_valid_cap_c_(size)
#endif
#ifndef _Pre_valid_cap_x_
#define _Pre_valid_cap_x_(size)
#endif
#ifndef _Pre_writeonly_
#define _Pre_writeonly_
#endif
#ifndef _Pre_z_
#define _Pre_z_
#endif
#ifndef _Pre_z_bytecap_
#define _Pre_z_bytecap_(size)
#endif
#ifndef _Pre_z_bytecap_c_
#define _Pre_z_bytecap_c_(size)
#endif
#ifndef _Pre_z_bytecap_x_
#define _Pre_z_bytecap_x_(size)
#endif
#ifndef _Pre_z_cap_
#define _Pre_z_cap_(size)
#endif
#ifndef _Pre_z_cap_c_
#define _Pre_z_cap_c_(size)
#endif
#ifndef _Pre_z_cap_x_
#define _Pre_z_cap_x_(size)
#endif
#ifndef _Prepost_bytecount_
#define _Prepost_bytecount_(size)
#endif
#ifndef _Prepost_bytecount_c_
#define _Prepost_bytecount_c_(size)
#endif
#ifndef _Prepost_bytecount_x_
#define _Prepost_bytecount_x_(size)
#endif
#ifndef _Prepost_count_
#define _Prepost_count_(size)
#endif
#ifndef _Prepost_count_c_
#define _Prepost_count_c_(size)
#endif
#ifndef _Prepost_count_x_
#define _Prepost_count_x_(size)
#endif
#ifndef _Prepost_opt_bytecount_
#define _Prepost_opt_bytecount_(size)
#endif
#ifndef _Prepost_opt_bytecount_c_
#define _Prepost_opt_bytecount_c_(size)
#endif
#ifndef _Prepost_opt_bytecount_x_
#define _Prepost_opt_bytecount_x_(size)
#endif
#ifndef _Prepost_opt_count_
#define _Prepost_opt_count_(size)
#endif
#ifndef _Prepost_opt_count_c_
#define _Prepost_opt_count_c_(size)
#endif
#ifndef _Prepost_opt_count_x_
#define _Prepost_opt_count_x_(size)
#endif
#ifndef _Prepost_opt_valid_
#define _Prepost_opt_valid_
#endif
#ifndef _Prepost_opt_z_
#define _Prepost_opt_z_
#endif
#ifndef _Prepost_valid_
#define _Prepost_valid_
#endif
#ifndef _Prepost_z_
#define _Prepost_z_
#endif

/* ---- specstrings.h ---- */
#ifndef _Reallocation_function_
#define _Reallocation_function_(after, before, size)
#endif

/* ---- concurrencysal.h ---- */
#ifndef _Replaces_lock_
#define _Replaces_lock_(target, source)
#endif

/* ---- sal.h ---- */
#ifndef _Ret_
#define _Ret_
#endif
#ifndef _Ret_bound_
#define _Ret_bound_
#endif
#ifndef _Ret_bytecap_
#define _Ret_bytecap_(size)
#endif
#ifndef _Ret_bytecap_c_
#define _Ret_bytecap_c_(size)
#endif
#ifndef _Ret_bytecap_x_
#define _Ret_bytecap_x_(size)
#endif
#ifndef _Ret_bytecount_
#define _Ret_bytecount_(size)
#endif
#ifndef _Ret_bytecount_c_
#define _Ret_bytecount_c_(size)
#endif
#ifndef _Ret_bytecount_x_
#define _Ret_bytecount_x_(size)
#endif
#ifndef _Ret_cap_
#define _Ret_cap_(size)
#endif
#ifndef _Ret_cap_c_
#define _Ret_cap_c_(size)
#endif
#ifndef _Ret_cap_x_
#define _Ret_cap_x_(size)
#endif
#ifndef _Ret_count_
#define _Ret_count_(size)
#endif
#ifndef _Ret_count_c_
#define _Ret_count_c_(size)
#endif
#ifndef _Ret_count_x_
#define _Ret_count_x_(size)
#endif
#ifndef _Ret_opt_
#define _Ret_opt_
#endif
#ifndef _Ret_opt_bytecap_
#define _Ret_opt_bytecap_(size)
#endif
#ifndef _Ret_opt_bytecap_c_
#define _Ret_opt_bytecap_c_(size)
#endif
#ifndef _Ret_opt_bytecap_x_
#define _Ret_opt_bytecap_x_(size)
#endif
#ifndef _Ret_opt_bytecount_
#define _Ret_opt_bytecount_(size)
#endif
#ifndef _Ret_opt_bytecount_c_
#define _Ret_opt_bytecount_c_(size)
#endif
#ifndef _Ret_opt_bytecount_x_
#define _Ret_opt_bytecount_x_(size)
#endif
#ifndef _Ret_opt_cap_
#define _Ret_opt_cap_(size)
#endif
#ifndef _Ret_opt_cap_c_
#define _Ret_opt_cap_c_(size)
#endif
#ifndef _Ret_opt_cap_x_
#define _Ret_opt_cap_x_(size)
#endif
#ifndef _Ret_opt_count_
#define _Ret_opt_count_(size)
#endif
#ifndef _Ret_opt_count_c_
#define _Ret_opt_count_c_(size)
#endif
#ifndef _Ret_opt_count_x_
#define _Ret_opt_count_x_(size)
#endif
#ifndef _Ret_opt_valid_
#define _Ret_opt_valid_
#endif
#ifndef _Ret_opt_z_
#define _Ret_opt_z_
#endif
#ifndef _Ret_opt_z_bytecap_
#define _Ret_opt_z_bytecap_(size)
#endif
#ifndef _Ret_opt_z_bytecount_
#define _Ret_opt_z_bytecount_(size)
#endif
#ifndef _Ret_opt_z_cap_
#define _Ret_opt_z_cap_(size)
#endif
#ifndef _Ret_opt_z_count_
#define _Ret_opt_z_count_(size)
#endif

/* ---- specstrings.h ---- */
#ifndef _Ret_reallocated_bytes_
#define _Ret_reallocated_bytes_(before, size)
#endif

/* ---- sal.h ---- */
#ifndef _Ret_z_bytecap_
#define _Ret_z_bytecap_(size)
#endif
#ifndef _Ret_z_bytecount_
#define _Ret_z_bytecount_(size)
#endif
#ifndef _Ret_z_cap_
#define _Ret_z_cap_(size)
#endif
#ifndef _Ret_z_count_
#define _Ret_z_count_(size)
#endif

/* ---- concurrencysal.h ---- */
#ifndef _Swaps_locks_
#define _Swaps_locks_(left, right)
#endif

/* ---- specstrings.h ---- */
#ifndef _Translates_NTSTATUS_to_HRESULT_
#define _Translates_NTSTATUS_to_HRESULT_(status)
#endif
#ifndef _Translates_Win32_to_HRESULT_
#define _Translates_Win32_to_HRESULT_(errorCode)
#endif
#ifndef _Translates_last_error_to_HRESULT_
#define _Translates_last_error_to_HRESULT_
#endif
#ifndef _User_
#define _User_
#endif
#ifndef _User_always_
#define _User_always_
#endif
#ifndef _User_always_and_needs_probe_on_
#define _User_always_and_needs_probe_on_(mode)
#endif
#ifndef _User_on_
#define _User_on_(expr)
#endif
#ifndef _Writes_and_advances_ptr_
#define _Writes_and_advances_ptr_(size)
#endif
#ifndef _Writes_bytes_and_advances_ptr_
#define _Writes_bytes_and_advances_ptr_(size)
#endif

/* ---- concurrencysal.h ---- */
#ifndef __acquires_exclusive_lock
#define __acquires_exclusive_lock(lock)
#endif
#ifndef __acquires_lock
#define __acquires_lock(lock)
#endif
#ifndef __acquires_shared_lock
#define __acquires_shared_lock(lock)
#endif

/* ---- specstrings.h ---- */
#ifndef __allocator
#define __allocator
#endif

/* ---- concurrencysal.h ---- */
#ifndef __analysis_assume_lock_acquired
#define __analysis_assume_lock_acquired(lock)
#endif
#ifndef __analysis_assume_lock_released
#define __analysis_assume_lock_released(lock)
#endif

/* ---- specstrings.h ---- */
#ifndef __analysis_assume_nullterminated
#define __analysis_assume_nullterminated(x)
#endif
#ifndef __analysis_hint
#define __analysis_hint(hint)
#endif
#ifndef __analysis_noreturn
#define __analysis_noreturn
#endif

/* ---- concurrencysal.h ---- */
#ifndef __analysis_suppress_lock_checking
#define __analysis_suppress_lock_checking(lock)
#endif

/* ---- specstrings.h ---- */
#ifndef __assume_bound
#define __assume_bound(i)
#endif
#ifndef __assume_validated
#define __assume_validated(p)
#endif

/* ---- sal.h ---- */
#ifndef __bcount_opt
#define __bcount_opt(size)
#endif
#ifndef __blocksOn
#define __blocksOn(resource)
#endif

/* ---- specstrings.h ---- */
#if !defined(__cplusplus) && !defined(__bound)
#define __bound
#endif

/* ---- sal.h ---- */
#ifndef __byte_readableTo
#define __byte_readableTo(size)
#endif
#ifndef __byte_writableTo
#define __byte_writableTo(size)
#endif

/* ---- specstrings.h ---- */
#ifndef __class_code_content
#define __class_code_content(typ)
#endif

/* ---- sal.h ---- */
#ifndef __control_entrypoint
#define __control_entrypoint(category)
#endif
#ifndef __data_entrypoint
#define __data_entrypoint(category)
#endif

/* ---- specstrings.h ---- */
#ifndef __deallocate
#define __deallocate(kind)
#endif
#ifndef __deallocate_opt
#define __deallocate_opt(kind)
#endif

/* ---- concurrencysal.h ---- */
#ifndef __declare_lock_level
#define __declare_lock_level(level)
#endif

/* ---- sal.h ---- */
#ifndef __deferTypecheck
#define __deferTypecheck
#endif
#ifndef __deref_bcount
#define __deref_bcount(size)
#endif
#ifndef __deref_bcount_opt
#define __deref_bcount_opt(size)
#endif
#ifndef __deref_ecount
#define __deref_ecount(size)
#endif
#ifndef __deref_ecount_opt
#define __deref_ecount_opt(size)
#endif

/* ---- specstrings.h ---- */
#ifndef __deref_in
#define __deref_in
#endif
#ifndef __deref_in_bcount
#define __deref_in_bcount(size)
#endif
#ifndef __deref_in_bcount_opt
#define __deref_in_bcount_opt(size)
#endif
#ifndef __deref_in_ecount
#define __deref_in_ecount(size)
#endif
#ifndef __deref_in_ecount_iterator
#define __deref_in_ecount_iterator(size, incr)
#endif
#ifndef __deref_in_ecount_opt
#define __deref_in_ecount_opt(size)
#endif
#ifndef __deref_in_opt
#define __deref_in_opt
#endif
#ifndef __deref_in_opt_out
#define __deref_in_opt_out
#endif
#ifndef __deref_in_range
#define __deref_in_range(lb, ub)
#endif
#ifndef __deref_in_xcount
#define __deref_in_xcount(size)
#endif
#ifndef __deref_in_xcount_opt
#define __deref_in_xcount_opt(size)
#endif

/* ---- sal.h ---- */
#ifndef __deref_inout
#define __deref_inout
#endif
#ifndef __deref_inout_bcount
#define __deref_inout_bcount(size)
#endif
#ifndef __deref_inout_bcount_full
#define __deref_inout_bcount_full(size)
#endif
#ifndef __deref_inout_bcount_full_opt
#define __deref_inout_bcount_full_opt(size)
#endif
#ifndef __deref_inout_bcount_nz
#define __deref_inout_bcount_nz(size)
#endif
#ifndef __deref_inout_bcount_nz_opt
#define __deref_inout_bcount_nz_opt(size)
#endif
#ifndef __deref_inout_bcount_opt
#define __deref_inout_bcount_opt(size)
#endif
#ifndef __deref_inout_bcount_part
#define __deref_inout_bcount_part(size, length)
#endif
#ifndef __deref_inout_bcount_part_opt
#define __deref_inout_bcount_part_opt(size, length)
#endif
#ifndef __deref_inout_bcount_z
#define __deref_inout_bcount_z(size)
#endif
#ifndef __deref_inout_bcount_z_opt
#define __deref_inout_bcount_z_opt(size)
#endif
#ifndef __deref_inout_ecount
#define __deref_inout_ecount(size)
#endif
#ifndef __deref_inout_ecount_full
#define __deref_inout_ecount_full(size)
#endif
#ifndef __deref_inout_ecount_full_opt
#define __deref_inout_ecount_full_opt(size)
#endif

/* ---- specstrings.h ---- */
#ifndef __deref_inout_ecount_iterator
#define __deref_inout_ecount_iterator(size, incr)
#endif

/* ---- sal.h ---- */
#ifndef __deref_inout_ecount_nz
#define __deref_inout_ecount_nz(size)
#endif
#ifndef __deref_inout_ecount_nz_opt
#define __deref_inout_ecount_nz_opt(size)
#endif
#ifndef __deref_inout_ecount_opt
#define __deref_inout_ecount_opt(size)
#endif
#ifndef __deref_inout_ecount_part
#define __deref_inout_ecount_part(size, length)
#endif
#ifndef __deref_inout_ecount_part_opt
#define __deref_inout_ecount_part_opt(size, length)
#endif
#ifndef __deref_inout_ecount_z
#define __deref_inout_ecount_z(size)
#endif
#ifndef __deref_inout_ecount_z_opt
#define __deref_inout_ecount_z_opt(size)
#endif
#ifndef __deref_inout_nz
#define __deref_inout_nz
#endif
#ifndef __deref_inout_nz_opt
#define __deref_inout_nz_opt
#endif
#ifndef __deref_inout_opt
#define __deref_inout_opt
#endif

/* ---- specstrings.h ---- */
#ifndef __deref_inout_range
#define __deref_inout_range(lb, ub)
#endif
#ifndef __deref_inout_xcount
#define __deref_inout_xcount(size)
#endif
#ifndef __deref_inout_xcount_full
#define __deref_inout_xcount_full(size)
#endif
#ifndef __deref_inout_xcount_full_opt
#define __deref_inout_xcount_full_opt(size)
#endif
#ifndef __deref_inout_xcount_opt
#define __deref_inout_xcount_opt(size)
#endif
#ifndef __deref_inout_xcount_part
#define __deref_inout_xcount_part(size, length)
#endif
#ifndef __deref_inout_xcount_part_opt
#define __deref_inout_xcount_part_opt(size, length)
#endif

/* ---- sal.h ---- */
#ifndef __deref_inout_z
#define __deref_inout_z
#endif
#ifndef __deref_inout_z_opt
#define __deref_inout_z_opt
#endif
#ifndef __deref_opt_bcount
#define __deref_opt_bcount(size)
#endif
#ifndef __deref_opt_bcount_opt
#define __deref_opt_bcount_opt(size)
#endif
#ifndef __deref_opt_ecount
#define __deref_opt_ecount(size)
#endif
#ifndef __deref_opt_ecount_opt
#define __deref_opt_ecount_opt(size)
#endif

/* ---- specstrings.h ---- */
#ifndef __deref_opt_in
#define __deref_opt_in
#endif
#ifndef __deref_opt_in_bcount
#define __deref_opt_in_bcount(size)
#endif
#ifndef __deref_opt_in_bcount_opt
#define __deref_opt_in_bcount_opt(size)
#endif
#ifndef __deref_opt_in_ecount
#define __deref_opt_in_ecount(size)
#endif
#ifndef __deref_opt_in_ecount_opt
#define __deref_opt_in_ecount_opt(size)
#endif
#ifndef __deref_opt_in_opt
#define __deref_opt_in_opt
#endif
#ifndef __deref_opt_in_xcount
#define __deref_opt_in_xcount(size)
#endif
#ifndef __deref_opt_in_xcount_opt
#define __deref_opt_in_xcount_opt(size)
#endif

/* ---- sal.h ---- */
#ifndef __deref_opt_inout
#define __deref_opt_inout
#endif
#ifndef __deref_opt_inout_bcount
#define __deref_opt_inout_bcount(size)
#endif
#ifndef __deref_opt_inout_bcount_full
#define __deref_opt_inout_bcount_full(size)
#endif
#ifndef __deref_opt_inout_bcount_full_opt
#define __deref_opt_inout_bcount_full_opt(size)
#endif
#ifndef __deref_opt_inout_bcount_nz
#define __deref_opt_inout_bcount_nz(size)
#endif
#ifndef __deref_opt_inout_bcount_nz_opt
#define __deref_opt_inout_bcount_nz_opt(size)
#endif
#ifndef __deref_opt_inout_bcount_opt
#define __deref_opt_inout_bcount_opt(size)
#endif
#ifndef __deref_opt_inout_bcount_part
#define __deref_opt_inout_bcount_part(size, length)
#endif
#ifndef __deref_opt_inout_bcount_part_opt
#define __deref_opt_inout_bcount_part_opt(size, length)
#endif
#ifndef __deref_opt_inout_bcount_z
#define __deref_opt_inout_bcount_z(size)
#endif
#ifndef __deref_opt_inout_bcount_z_opt
#define __deref_opt_inout_bcount_z_opt(size)
#endif
#ifndef __deref_opt_inout_ecount
#define __deref_opt_inout_ecount(size)
#endif
#ifndef __deref_opt_inout_ecount_full
#define __deref_opt_inout_ecount_full(size)
#endif
#ifndef __deref_opt_inout_ecount_full_opt
#define __deref_opt_inout_ecount_full_opt(size)
#endif
#ifndef __deref_opt_inout_ecount_nz
#define __deref_opt_inout_ecount_nz(size)
#endif
#ifndef __deref_opt_inout_ecount_nz_opt
#define __deref_opt_inout_ecount_nz_opt(size)
#endif
#ifndef __deref_opt_inout_ecount_opt
#define __deref_opt_inout_ecount_opt(size)
#endif
#ifndef __deref_opt_inout_ecount_part
#define __deref_opt_inout_ecount_part(size, length)
#endif
#ifndef __deref_opt_inout_ecount_part_opt
#define __deref_opt_inout_ecount_part_opt(size, length)
#endif
#ifndef __deref_opt_inout_ecount_z
#define __deref_opt_inout_ecount_z(size)
#endif
#ifndef __deref_opt_inout_ecount_z_opt
#define __deref_opt_inout_ecount_z_opt(size)
#endif
#ifndef __deref_opt_inout_nz
#define __deref_opt_inout_nz
#endif
#ifndef __deref_opt_inout_nz_opt
#define __deref_opt_inout_nz_opt
#endif
#ifndef __deref_opt_inout_opt
#define __deref_opt_inout_opt
#endif

/* ---- specstrings.h ---- */
#ifndef __deref_opt_inout_xcount
#define __deref_opt_inout_xcount(size)
#endif
#ifndef __deref_opt_inout_xcount_full
#define __deref_opt_inout_xcount_full(size)
#endif
#ifndef __deref_opt_inout_xcount_full_opt
#define __deref_opt_inout_xcount_full_opt(size)
#endif
#ifndef __deref_opt_inout_xcount_opt
#define __deref_opt_inout_xcount_opt(size)
#endif
#ifndef __deref_opt_inout_xcount_part
#define __deref_opt_inout_xcount_part(size, length)
#endif
#ifndef __deref_opt_inout_xcount_part_opt
#define __deref_opt_inout_xcount_part_opt(size, length)
#endif

/* ---- sal.h ---- */
#ifndef __deref_opt_inout_z
#define __deref_opt_inout_z
#endif
#ifndef __deref_opt_inout_z_opt
#define __deref_opt_inout_z_opt
#endif
#ifndef __deref_opt_out_bcount_full
#define __deref_opt_out_bcount_full(size)
#endif
#ifndef __deref_opt_out_bcount_full_opt
#define __deref_opt_out_bcount_full_opt(size)
#endif
#ifndef __deref_opt_out_bcount_nz_opt
#define __deref_opt_out_bcount_nz_opt(size)
#endif
#ifndef __deref_opt_out_bcount_opt
#define __deref_opt_out_bcount_opt(size)
#endif
#ifndef __deref_opt_out_bcount_part
#define __deref_opt_out_bcount_part(size, length)
#endif
#ifndef __deref_opt_out_bcount_part_opt
#define __deref_opt_out_bcount_part_opt(size, length)
#endif
#ifndef __deref_opt_out_bcount_z_opt
#define __deref_opt_out_bcount_z_opt(size)
#endif
#ifndef __deref_opt_out_ecount
#define __deref_opt_out_ecount(size)
#endif
#ifndef __deref_opt_out_ecount_full
#define __deref_opt_out_ecount_full(size)
#endif
#ifndef __deref_opt_out_ecount_full_opt
#define __deref_opt_out_ecount_full_opt(size)
#endif
#ifndef __deref_opt_out_ecount_nz_opt
#define __deref_opt_out_ecount_nz_opt(size)
#endif
#ifndef __deref_opt_out_ecount_opt
#define __deref_opt_out_ecount_opt(size)
#endif
#ifndef __deref_opt_out_ecount_part
#define __deref_opt_out_ecount_part(size, length)
#endif
#ifndef __deref_opt_out_ecount_part_opt
#define __deref_opt_out_ecount_part_opt(size, length)
#endif
#ifndef __deref_opt_out_ecount_z_opt
#define __deref_opt_out_ecount_z_opt(size)
#endif
#ifndef __deref_opt_out_nz_opt
#define __deref_opt_out_nz_opt
#endif
#ifndef __deref_opt_out_opt
#define __deref_opt_out_opt
#endif

/* ---- specstrings.h ---- */
#ifndef __deref_opt_out_xcount
#define __deref_opt_out_xcount(size)
#endif
#ifndef __deref_opt_out_xcount_full
#define __deref_opt_out_xcount_full(size)
#endif
#ifndef __deref_opt_out_xcount_full_opt
#define __deref_opt_out_xcount_full_opt(size)
#endif
#ifndef __deref_opt_out_xcount_opt
#define __deref_opt_out_xcount_opt(size)
#endif
#ifndef __deref_opt_out_xcount_part
#define __deref_opt_out_xcount_part(size, length)
#endif
#ifndef __deref_opt_out_xcount_part_opt
#define __deref_opt_out_xcount_part_opt(size, length)
#endif

/* ---- sal.h ---- */
#ifndef __deref_opt_out_z
#define __deref_opt_out_z
#endif
#ifndef __deref_opt_out_z_opt
#define __deref_opt_out_z_opt
#endif

/* ---- specstrings.h ---- */
#ifndef __deref_opt_xcount
#define __deref_opt_xcount(size)
#endif
#ifndef __deref_opt_xcount_opt
#define __deref_opt_xcount_opt(size)
#endif

/* ---- sal.h ---- */
#ifndef __deref_out_bcount
#define __deref_out_bcount(size)
#endif
#ifndef __deref_out_bcount_full
#define __deref_out_bcount_full(size)
#endif
#ifndef __deref_out_bcount_full_opt
#define __deref_out_bcount_full_opt(size)
#endif
#ifndef __deref_out_bcount_nz
#define __deref_out_bcount_nz(size)
#endif
#ifndef __deref_out_bcount_nz_opt
#define __deref_out_bcount_nz_opt(size)
#endif
#ifndef __deref_out_bcount_opt
#define __deref_out_bcount_opt(size)
#endif
#ifndef __deref_out_bcount_part
#define __deref_out_bcount_part(size, length)
#endif
#ifndef __deref_out_bcount_part_opt
#define __deref_out_bcount_part_opt(size, length)
#endif
#ifndef __deref_out_bcount_z
#define __deref_out_bcount_z(size)
#endif
#ifndef __deref_out_bcount_z_opt
#define __deref_out_bcount_z_opt(size)
#endif

/* ---- specstrings.h ---- */
#ifndef __deref_out_bound
#define __deref_out_bound
#endif

/* ---- sal.h ---- */
#ifndef __deref_out_ecount_full
#define __deref_out_ecount_full(size)
#endif
#ifndef __deref_out_ecount_full_opt
#define __deref_out_ecount_full_opt(size)
#endif

/* ---- specstrings.h ---- */
#ifndef __deref_out_ecount_iterator
#define __deref_out_ecount_iterator(size, incr)
#endif

/* ---- sal.h ---- */
#ifndef __deref_out_ecount_nz
#define __deref_out_ecount_nz(size)
#endif
#ifndef __deref_out_ecount_nz_opt
#define __deref_out_ecount_nz_opt(size)
#endif
#ifndef __deref_out_ecount_opt
#define __deref_out_ecount_opt(size)
#endif
#ifndef __deref_out_ecount_part
#define __deref_out_ecount_part(size, length)
#endif
#ifndef __deref_out_ecount_part_opt
#define __deref_out_ecount_part_opt(size, length)
#endif
#ifndef __deref_out_ecount_z
#define __deref_out_ecount_z(size)
#endif
#ifndef __deref_out_ecount_z_opt
#define __deref_out_ecount_z_opt(size)
#endif
#ifndef __deref_out_nz
#define __deref_out_nz
#endif
#ifndef __deref_out_nz_opt
#define __deref_out_nz_opt
#endif

/* ---- specstrings.h ---- */
#ifndef __deref_out_range
#define __deref_out_range(lb, ub)
#endif
#ifndef __deref_out_xcount
#define __deref_out_xcount(size)
#endif
#ifndef __deref_out_xcount_full
#define __deref_out_xcount_full(size)
#endif
#ifndef __deref_out_xcount_full_opt
#define __deref_out_xcount_full_opt(size)
#endif
#ifndef __deref_out_xcount_opt
#define __deref_out_xcount_opt(size)
#endif
#ifndef __deref_out_xcount_part
#define __deref_out_xcount_part(size, length)
#endif
#ifndef __deref_out_xcount_part_opt
#define __deref_out_xcount_part_opt(size, length)
#endif

/* ---- sal.h ---- */
#ifndef __deref_out_z
#define __deref_out_z
#endif
#ifndef __deref_out_z_opt
#define __deref_out_z_opt
#endif

/* ---- specstrings.h ---- */
#ifndef __deref_realloc_bcount
#define __deref_realloc_bcount(insize, outsize)
#endif
#ifndef __deref_xcount
#define __deref_xcount(size)
#endif
#ifndef __deref_xcount_opt
#define __deref_xcount_opt(size)
#endif

/* ---- driverspecs.h ---- */
#ifndef __drv_IoGetDmaAdapter
#define __drv_IoGetDmaAdapter
#endif
#ifndef __drv_KMDF
#define __drv_KMDF
#endif
#ifndef __drv_NDIS
#define __drv_NDIS
#endif
#ifndef __drv_WDM
#define __drv_WDM
#endif
#ifndef __drv_acquiresCancelSpinLock
#define __drv_acquiresCancelSpinLock
#endif
#ifndef __drv_acquiresCriticalRegion
#define __drv_acquiresCriticalRegion
#endif
#ifndef __drv_acquiresExclusiveResource
#define __drv_acquiresExclusiveResource(kind)
#endif
#ifndef __drv_acquiresExclusiveResourceGlobal
#define __drv_acquiresExclusiveResourceGlobal(kind, param)
#endif
#ifndef __drv_acquiresPriorityRegion
#define __drv_acquiresPriorityRegion
#endif
#ifndef __drv_acquiresResource
#define __drv_acquiresResource(kind)
#endif
#ifndef __drv_acquiresResourceGlobal
#define __drv_acquiresResourceGlobal(kind, param)
#endif
#ifndef __drv_callbackType
#define __drv_callbackType(kind)
#endif
#ifndef __drv_clearDoInit
#define __drv_clearDoInit(yesNo)
#endif
#ifndef __drv_completionType
#define __drv_completionType(kindlist)
#endif
#ifndef __drv_constant
#define __drv_constant
#endif
#ifndef __drv_defined
#define __drv_defined(x)
#endif
#ifndef __drv_floatRestored
#define __drv_floatRestored
#endif
#ifndef __drv_floatSaved
#define __drv_floatSaved
#endif
#ifndef __drv_floatUsed
#define __drv_floatUsed
#endif
#ifndef __drv_fun
#define __drv_fun(annotes)
#endif
#ifndef __drv_holdsCancelSpinLock
#define __drv_holdsCancelSpinLock()
#endif
#ifndef __drv_holdsCriticalRegion
#define __drv_holdsCriticalRegion()
#endif
#ifndef __drv_holdsPriorityRegion
#define __drv_holdsPriorityRegion()
#endif
#ifndef __drv_inTry
#define __drv_inTry
#endif
#ifndef __drv_innerAcquiresGlobal
#define __drv_innerAcquiresGlobal(kind, param)
#endif
#ifndef __drv_innerMustHoldGlobal
#define __drv_innerMustHoldGlobal(kind, param)
#endif
#ifndef __drv_innerNeverHoldGlobal
#define __drv_innerNeverHoldGlobal(kind, param)
#endif
#ifndef __drv_innerReleasesGlobal
#define __drv_innerReleasesGlobal(kind, param)
#endif
#ifndef __drv_interlocked
#define __drv_interlocked
#endif
#ifndef __drv_isCancelIRQL
#define __drv_isCancelIRQL
#endif
#ifndef __drv_isObjectPointer
#define __drv_isObjectPointer
#endif
#ifndef __drv_maxFunctionIRQL
#define __drv_maxFunctionIRQL(irql)
#endif
#ifndef __drv_minFunctionIRQL
#define __drv_minFunctionIRQL(irql)
#endif
#ifndef __drv_minIRQL
#define __drv_minIRQL(irql)
#endif
#ifndef __drv_mustHoldCancelSpinLock
#define __drv_mustHoldCancelSpinLock
#endif
#ifndef __drv_mustHoldCriticalRegion
#define __drv_mustHoldCriticalRegion
#endif
#ifndef __drv_mustHoldGlobal
#define __drv_mustHoldGlobal(kind, param)
#endif
#ifndef __drv_mustHoldPriorityRegion
#define __drv_mustHoldPriorityRegion
#endif
#ifndef __drv_neverHold
#define __drv_neverHold(kind)
#endif
#ifndef __drv_neverHoldCancelSpinLock
#define __drv_neverHoldCancelSpinLock
#endif
#ifndef __drv_neverHoldCriticalRegion
#define __drv_neverHoldCriticalRegion
#endif
#ifndef __drv_neverHoldGlobal
#define __drv_neverHoldGlobal(kind, param)
#endif
#ifndef __drv_neverHoldPriorityRegion
#define __drv_neverHoldPriorityRegion
#endif
#ifndef __drv_notInTry
#define __drv_notInTry
#endif
#ifndef __drv_notPointer
#define __drv_notPointer
#endif
#ifndef __drv_preferredFunction
#define __drv_preferredFunction(func, why)
#endif
#ifndef __drv_releasesCancelSpinLock
#define __drv_releasesCancelSpinLock
#endif
#ifndef __drv_releasesCriticalRegion
#define __drv_releasesCriticalRegion
#endif
#ifndef __drv_releasesExclusiveResource
#define __drv_releasesExclusiveResource(kind)
#endif
#ifndef __drv_releasesExclusiveResourceGlobal
#define __drv_releasesExclusiveResourceGlobal(kind, param)
#endif
#ifndef __drv_releasesPriorityRegion
#define __drv_releasesPriorityRegion
#endif
#ifndef __drv_releasesResource
#define __drv_releasesResource(kind)
#endif
#ifndef __drv_releasesResourceGlobal
#define __drv_releasesResourceGlobal(kind, param)
#endif
#ifndef __drv_reportError
#define __drv_reportError(why)
#endif
#ifndef __drv_ret
#define __drv_ret(annotes)
#endif
#ifndef __drv_strictType
#define __drv_strictType(typename, mode)
#endif
#ifndef __drv_strictTypeMatch
#define __drv_strictTypeMatch(mode)
#endif
#ifndef __drv_typeBitset
#define __drv_typeBitset
#endif
#ifndef __drv_typeCond
#define __drv_typeCond
#endif
#ifndef __drv_typeConst
#define __drv_typeConst
#endif
#ifndef __drv_typeExpr
#define __drv_typeExpr
#endif
#ifndef __drv_unit
#define __drv_unit(p)
#endif

/* ---- sal.h ---- */
#ifndef __ecount_opt
#define __ecount_opt(size)
#endif
#ifndef __elem_readableTo
#define __elem_readableTo(size)
#endif
#ifndef __elem_writableTo
#define __elem_writableTo(size)
#endif

/* ---- specstrings.h ---- */
#ifndef __encoded_array
#define __encoded_array
#endif

/* ---- sal.h ---- */
#ifndef __exceptthat
#define __exceptthat
#endif

/* ---- specstrings.h ---- */
#ifndef __failure
#define __failure(x)
#endif
#ifndef __failureDefault
#define __failureDefault(kind)
#endif
#ifndef __field_bcount_full
#define __field_bcount_full(size)
#endif
#ifndef __field_bcount_full_opt
#define __field_bcount_full_opt(size)
#endif
#ifndef __field_bcount_part
#define __field_bcount_part(size, init)
#endif
#ifndef __field_bcount_part_opt
#define __field_bcount_part_opt(size, init)
#endif
#ifndef __field_data_source
#define __field_data_source(src_sym)
#endif
#ifndef __field_ecount_full
#define __field_ecount_full(size)
#endif
#ifndef __field_ecount_full_opt
#define __field_ecount_full_opt(size)
#endif
#ifndef __field_ecount_part
#define __field_ecount_part(size, init)
#endif
#ifndef __field_ecount_part_opt
#define __field_ecount_part_opt(size, init)
#endif
#ifndef __field_encoded_array
#define __field_encoded_array
#endif
#ifndef __field_encoded_pointer
#define __field_encoded_pointer
#endif
#ifndef __field_nullterminated
#define __field_nullterminated
#endif
#ifndef __field_range
#define __field_range(lb, ub)
#endif
#ifndef __field_xcount
#define __field_xcount(size)
#endif
#ifndef __field_xcount_full
#define __field_xcount_full(size)
#endif
#ifndef __field_xcount_full_opt
#define __field_xcount_full_opt(size)
#endif
#ifndef __field_xcount_opt
#define __field_xcount_opt(size)
#endif
#ifndef __field_xcount_part
#define __field_xcount_part(size, init)
#endif
#ifndef __field_xcount_part_opt
#define __field_xcount_part_opt(size, init)
#endif
#ifndef __file_parser
#define __file_parser(typ)
#endif
#ifndef __file_parser_class
#define __file_parser_class(typ)
#endif
#ifndef __file_parser_library
#define __file_parser_library(typ)
#endif

/* ---- sal.h ---- */
#ifndef __format_string
#define __format_string
#endif

/* ---- concurrencysal.h ---- */
#ifndef __function_ignore_lock_checking
#define __function_ignore_lock_checking(lock)
#endif

/* ---- specstrings.h ---- */
#ifndef __gdi_entry
#define __gdi_entry
#endif

/* ---- concurrencysal.h ---- */
#ifndef __guarded_by
#define __guarded_by(lock)
#endif
#ifndef __has_lock_level
#define __has_lock_level(level)
#endif
#ifndef __has_lock_property
#define __has_lock_property(kind)
#endif

/* ---- specstrings.h ---- */
#ifndef __in_awcount
#define __in_awcount(expr, size)
#endif

/* ---- sal.h ---- */
#ifndef __in_bcount_nz_opt
#define __in_bcount_nz_opt(size)
#endif
#ifndef __in_bcount_opt
#define __in_bcount_opt(size)
#endif
#ifndef __in_bcount_z_opt
#define __in_bcount_z_opt(size)
#endif

/* ---- specstrings.h ---- */
#ifndef __in_bound
#define __in_bound
#endif
#ifndef __in_data_source
#define __in_data_source(src_sym)
#endif

/* ---- sal.h ---- */
#ifndef __in_ecount_nz_opt
#define __in_ecount_nz_opt(size)
#endif
#ifndef __in_ecount_opt
#define __in_ecount_opt(size)
#endif

/* ---- specstrings.h ---- */
#ifndef __in_ecount_or_z
#define __in_ecount_or_z(c)
#endif

/* ---- sal.h ---- */
#ifndef __in_ecount_z_opt
#define __in_ecount_z_opt(size)
#endif
#ifndef __in_nz
#define __in_nz
#endif
#ifndef __in_nz_opt
#define __in_nz_opt
#endif

/* ---- specstrings.h ---- */
#ifndef __in_range
#define __in_range(lb, ub)
#endif
#ifndef __in_xcount
#define __in_xcount(size)
#endif
#ifndef __in_xcount_opt
#define __in_xcount_opt(size)
#endif

/* ---- sal.h ---- */
#ifndef __in_z
#define __in_z
#endif
#ifndef __in_z_opt
#define __in_z_opt
#endif
#ifndef __inexpressible_readableTo
#define __inexpressible_readableTo(size)
#endif
#ifndef __inexpressible_writableTo
#define __inexpressible_writableTo(size)
#endif
#ifndef __inout_bcount_full_opt
#define __inout_bcount_full_opt(size)
#endif
#ifndef __inout_bcount_nz_opt
#define __inout_bcount_nz_opt(size)
#endif
#ifndef __inout_bcount_opt
#define __inout_bcount_opt(size)
#endif
#ifndef __inout_bcount_part_opt
#define __inout_bcount_part_opt(size, length)
#endif
#ifndef __inout_bcount_z_opt
#define __inout_bcount_z_opt(size)
#endif
#ifndef __inout_ecount_full_opt
#define __inout_ecount_full_opt(size)
#endif
#ifndef __inout_ecount_nz_opt
#define __inout_ecount_nz_opt(size)
#endif
#ifndef __inout_ecount_opt
#define __inout_ecount_opt(size)
#endif
#ifndef __inout_ecount_part_opt
#define __inout_ecount_part_opt(size, length)
#endif
#ifndef __inout_ecount_z_opt
#define __inout_ecount_z_opt(size)
#endif
#ifndef __inout_nz
#define __inout_nz
#endif
#ifndef __inout_nz_opt
#define __inout_nz_opt
#endif

/* ---- specstrings.h ---- */
#ifndef __inout_xcount
#define __inout_xcount(size)
#endif
#ifndef __inout_xcount_full
#define __inout_xcount_full(size)
#endif
#ifndef __inout_xcount_full_opt
#define __inout_xcount_full_opt(size)
#endif
#ifndef __inout_xcount_opt
#define __inout_xcount_opt(size)
#endif
#ifndef __inout_xcount_part
#define __inout_xcount_part(size, length)
#endif
#ifndef __inout_xcount_part_opt
#define __inout_xcount_part_opt(size, length)
#endif

/* ---- sal.h ---- */
#ifndef __inout_z
#define __inout_z
#endif
#ifndef __inout_z_opt
#define __inout_z_opt
#endif

/* ---- concurrencysal.h ---- */
#ifndef __interlocked
#define __interlocked
#endif
#ifndef __internal_lock_level_order
#define __internal_lock_level_order(a, b)
#endif

/* ---- specstrings.h ---- */
#ifndef __kernel_entry
#define __kernel_entry
#endif

/* ---- concurrencysal.h ---- */
#ifndef __lock_level_order
#define __lock_level_order(a, b)
#endif

/* ---- sal.h ---- */
#ifndef __maybenull
#define __maybenull
#endif
#ifndef __maybereadonly
#define __maybereadonly
#endif
#ifndef __maybevalid
#define __maybevalid
#endif

/* ---- concurrencysal.h ---- */
#ifndef __no_competing_thread
#define __no_competing_thread
#endif

/* ---- sal.h ---- */
#ifndef __notnull
#define __notnull
#endif
#ifndef __notreadonly
#define __notreadonly
#endif
#ifndef __notvalid
#define __notvalid
#endif
#ifndef __nullnullterminated
#define __nullnullterminated
#endif
#ifndef __nullterminated
#define __nullterminated
#endif
#ifndef __on_failure
#define __on_failure(annotes)
#endif

/* ---- specstrings.h ---- */
#ifndef __out_awcount
#define __out_awcount(expr, size)
#endif

/* ---- sal.h ---- */
#ifndef __out_bcount_full_opt
#define __out_bcount_full_opt(size)
#endif
#ifndef __out_bcount_full_z_opt
#define __out_bcount_full_z_opt(size)
#endif
#ifndef __out_bcount_nz_opt
#define __out_bcount_nz_opt(size)
#endif
#ifndef __out_bcount_opt
#define __out_bcount_opt(size)
#endif
#ifndef __out_bcount_part_opt
#define __out_bcount_part_opt(size, length)
#endif
#ifndef __out_bcount_part_z_opt
#define __out_bcount_part_z_opt(size, length)
#endif
#ifndef __out_bcount_z_opt
#define __out_bcount_z_opt(size)
#endif

/* ---- specstrings.h ---- */
#ifndef __out_bound
#define __out_bound
#endif
#ifndef __out_data_source
#define __out_data_source(src_sym)
#endif

/* ---- sal.h ---- */
#ifndef __out_ecount_full_opt
#define __out_ecount_full_opt(size)
#endif
#ifndef __out_ecount_full_z_opt
#define __out_ecount_full_z_opt(size)
#endif
#ifndef __out_ecount_nz_opt
#define __out_ecount_nz_opt(size)
#endif
#ifndef __out_ecount_opt
#define __out_ecount_opt(size)
#endif
#ifndef __out_ecount_part_opt
#define __out_ecount_part_opt(size, length)
#endif
#ifndef __out_ecount_part_z_opt
#define __out_ecount_part_z_opt(size, length)
#endif
#ifndef __out_ecount_z_opt
#define __out_ecount_z_opt(size)
#endif

/* ---- specstrings.h ---- */
#ifndef __out_has_adt_prop
#define __out_has_adt_prop(adt, prop)
#endif
#ifndef __out_has_type_adt_props
#define __out_has_type_adt_props(typ)
#endif
#ifndef __out_not_has_adt_prop
#define __out_not_has_adt_prop(adt, prop)
#endif

/* ---- sal.h ---- */
#ifndef __out_nz
#define __out_nz
#endif
#ifndef __out_nz_opt
#define __out_nz_opt
#endif

/* ---- specstrings.h ---- */
#ifndef __out_range
#define __out_range(lb, ub)
#endif
#ifndef __out_transfer_adt_prop
#define __out_transfer_adt_prop(arg)
#endif
#ifndef __out_validated
#define __out_validated(typ_sym)
#endif
#ifndef __out_xcount
#define __out_xcount(size)
#endif
#ifndef __out_xcount_full
#define __out_xcount_full(size)
#endif
#ifndef __out_xcount_full_opt
#define __out_xcount_full_opt(size)
#endif
#ifndef __out_xcount_opt
#define __out_xcount_opt(size)
#endif
#ifndef __out_xcount_part
#define __out_xcount_part(size, length)
#endif
#ifndef __out_xcount_part_opt
#define __out_xcount_part_opt(size, length)
#endif

/* ---- sal.h ---- */
#ifndef __out_z
#define __out_z
#endif
#ifndef __out_z_opt
#define __out_z_opt
#endif
#ifndef __override
#define __override
#endif

/* ---- specstrings.h ---- */
#ifndef __possibly_notnullterminated
#define __possibly_notnullterminated
#endif

/* ---- sal.h ---- */
#ifndef __post
#define __post
#endif

/* ---- specstrings.h ---- */
#ifndef __post_bcount
#define __post_bcount(size)
#endif

/* ---- sal.h ---- */
#ifndef __post_deref_except_maybenull
#define __post_deref_except_maybenull
#endif

/* ---- specstrings.h ---- */
#ifndef __post_ecount
#define __post_ecount(size)
#endif

/* ---- sal.h ---- */
#ifndef __post_except_maybenull
#define __post_except_maybenull
#endif

/* ---- specstrings.h ---- */
#ifndef __post_invalid
#define __post_invalid
#endif
#ifndef __post_nullnullterminated
#define __post_nullnullterminated
#endif

/* ---- sal.h ---- */
#ifndef __postcond
#define __postcond(expr)
#endif
#if !defined(__cplusplus) && !defined(__pre)
#define __pre
#endif
#ifndef __pre_deref_except_maybenull
#define __pre_deref_except_maybenull
#endif
#ifndef __pre_except_maybenull
#define __pre_except_maybenull
#endif
#ifndef __precond
#define __precond(expr)
#endif

/* ---- driverspecs.h ---- */
#ifndef __prefast_operator_new_null
#define __prefast_operator_new_null
#endif
#ifndef __prefast_operator_new_throws
#define __prefast_operator_new_throws
#endif

/* ---- specstrings.h ---- */
#ifndef __range_max
#define __range_max(a, b)
#endif
#ifndef __range_min
#define __range_min(a, b)
#endif

/* ---- sal.h ---- */
#ifndef __readableTo
#define __readableTo(extent)
#endif
#ifndef __readonly
#define __readonly
#endif

/* ---- concurrencysal.h ---- */
#ifndef __releases_exclusive_lock
#define __releases_exclusive_lock(lock)
#endif
#ifndef __releases_lock
#define __releases_lock(lock)
#endif
#ifndef __releases_shared_lock
#define __releases_shared_lock(lock)
#endif
#ifndef __requires_exclusive_lock_held
#define __requires_exclusive_lock_held(lock)
#endif
#ifndef __requires_lock_not_held
#define __requires_lock_not_held(lock)
#endif
#ifndef __requires_no_locks_held
#define __requires_no_locks_held
#endif
#ifndef __requires_shared_lock_held
#define __requires_shared_lock_held(lock)
#endif

/* ---- sal.h ---- */
#ifndef __reserved
#define __reserved
#endif

/* ---- specstrings.h ---- */
#ifndef __rpc_entry
#define __rpc_entry
#endif
#ifndef __source_code_content
#define __source_code_content(typ)
#endif
#ifndef __static_context
#define __static_context(ctx, annotes)
#endif
#ifndef __struct_bcount
#define __struct_bcount(size)
#endif
#ifndef __struct_xcount
#define __struct_xcount(size)
#endif

/* ---- sal.h ---- */
#ifndef __success
#define __success(expr)
#endif

/* ---- specstrings.h ---- */
#ifndef __this_out_data_source
#define __this_out_data_source(src_sym)
#endif
#ifndef __this_out_validated
#define __this_out_validated(typ_sym)
#endif
#ifndef __transfer
#define __transfer(formal)
#endif
#ifndef __type_has_adt_prop
#define __type_has_adt_prop(adt, prop)
#endif

/* ---- sal.h ---- */
#ifndef __typefix
#define __typefix(ctype)
#endif
#ifndef __useHeader
#define __useHeader
#endif
#if !defined(__cplusplus) && !defined(__valid)
#define __valid
#endif

/* ---- specstrings.h ---- */
#ifndef __valueUndefined
#define __valueUndefined
#endif

/* ---- sal.h ---- */
#ifndef __writableTo
#define __writableTo(size)
#endif

/* ---- concurrencysal.h ---- */
#ifndef __write_guarded_by
#define __write_guarded_by(lock)
#endif

/* ---- specstrings.h ---- */
#ifndef __xcount
#define __xcount(size)
#endif
#ifndef __xcount_opt
#define __xcount_opt(size)
#endif

#endif
