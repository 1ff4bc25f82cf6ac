/*
 * driso shim: atlsimpcoll.h (ATL). CSimpleArray and CSimpleMap with their
 * equality helpers, declared from the Learn ATL reference; see atldef.h.
 * C++ only.
 */
#ifndef DRISO_SHIM_ATLSIMPCOLL_H
#define DRISO_SHIM_ATLSIMPCOLL_H
#include "atldef.h"
#ifdef __cplusplus
namespace ATL {
template <class T> class CSimpleArrayEqualHelper {
public:
	static bool IsEqual(const T &t1, const T &t2);
};
template <class T> class CSimpleArrayEqualHelperFalse {
public:
	static bool IsEqual(const T &, const T &);
};
template <class TKey, class TVal> class CSimpleMapEqualHelper {
public:
	static bool IsEqualKey(const TKey &k1, const TKey &k2);
	static bool IsEqualValue(const TVal &v1, const TVal &v2);
};
template <class TKey, class TVal> class CSimpleMapEqualHelperFalse {
public:
	static bool IsEqualKey(const TKey &k1, const TKey &k2);
	static bool IsEqualValue(const TVal &, const TVal &);
};

template <class T, class TEqual = CSimpleArrayEqualHelper<T> > class CSimpleArray {
public:
	CSimpleArray() throw();
	CSimpleArray(const CSimpleArray<T, TEqual> &src);
	~CSimpleArray();
	CSimpleArray<T, TEqual> &operator=(const CSimpleArray<T, TEqual> &src);
	int GetSize() const;
	BOOL Add(const T &t);
	BOOL Remove(const T &t);
	BOOL RemoveAt(int nIndex);
	void RemoveAll();
	const T &operator[](int nIndex) const;
	T &operator[](int nIndex);
	T *GetData() const;
	int Find(const T &t) const;
	BOOL SetAtIndex(int nIndex, const T &t);
	T *m_aT;
	int m_nSize;
	int m_nAllocSize;
};

template <class TKey, class TVal, class TEqual = CSimpleMapEqualHelper<TKey, TVal> > class CSimpleMap {
public:
	typedef TKey _ArrayKeyType;
	typedef TVal _ArrayElementType;
	CSimpleMap();
	~CSimpleMap();
	int GetSize() const;
	BOOL Add(const TKey &key, const TVal &val);
	BOOL Remove(const TKey &key);
	BOOL RemoveAt(int nIndex);
	void RemoveAll();
	BOOL SetAt(const TKey &key, const TVal &val);
	TVal Lookup(const TKey &key) const;
	TKey ReverseLookup(const TVal &val) const;
	TKey &GetKeyAt(int nIndex) const;
	TVal &GetValueAt(int nIndex) const;
	int FindKey(const TKey &key) const;
	int FindVal(const TVal &val) const;
	BOOL SetAtIndex(int nIndex, const TKey &key, const TVal &val);
	TKey *m_aKey;
	TVal *m_aVal;
	int m_nSize;
};
}
#endif
#endif
