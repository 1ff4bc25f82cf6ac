/*
 * driso shim: atlcoll.h (ATL). Collection classes: the element traits
 * (CElementTraitsBase, CDefaultHashTraits, CDefaultCompareTraits,
 * CDefaultElementTraits, CElementTraits, CPrimitiveElementTraits,
 * CStringElementTraits(I), CStringRefElementTraits, CAutoPtrElementTraits,
 * CAutoVectorPtrElementTraits, CComQIPtrElementTraits,
 * CHeapPtrElementTraits), CAtlArray, CAtlList, CAtlMap, CRBTree, CRBMap,
 * CRBMultiMap, CAutoPtrArray, CAutoPtrList, CHeapPtrList, CInterfaceArray,
 * CInterfaceList, declared from the Learn ATL reference; see atldef.h.
 * C++ only.
 */
#ifndef DRISO_SHIM_ATLCOLL_H
#define DRISO_SHIM_ATLCOLL_H
#include "atlbase.h"
#ifdef __cplusplus
namespace ATL {
template <typename T> class CElementTraitsBase {
public:
	typedef const T &INARGTYPE;
	typedef T &OUTARGTYPE;
	static void CopyElements(T *pDest, const T *pSrc, size_t nElements);
	static void RelocateElements(T *pDest, T *pSrc, size_t nElements);
};
template <typename T> class CDefaultHashTraits {
public:
	static ULONG Hash(const T &element) throw();
};
template <typename T> class CDefaultCompareTraits {
public:
	static bool CompareElements(const T &element1, const T &element2);
	static int CompareElementsOrdered(const T &element1, const T &element2);
};
template <typename T> class CDefaultElementTraits : public CElementTraitsBase<T>,
						       public CDefaultHashTraits<T>,
						       public CDefaultCompareTraits<T> {
};
template <typename T> class CElementTraits : public CDefaultElementTraits<T> {
};
template <typename T> class CPrimitiveElementTraits : public CDefaultElementTraits<T> {
public:
	typedef T INARGTYPE;
	typedef T &OUTARGTYPE;
};
template <typename T> class CStringElementTraits : public CElementTraitsBase<T> {
public:
	typedef typename T::PCXSTR INARGTYPE;
	typedef T &OUTARGTYPE;
	static ULONG Hash(INARGTYPE str);
	static bool CompareElements(INARGTYPE str1, INARGTYPE str2) throw();
	static int CompareElementsOrdered(INARGTYPE str1, INARGTYPE str2) throw();
};
template <typename T> class CStringElementTraitsI : public CElementTraitsBase<T> {
public:
	typedef typename T::PCXSTR INARGTYPE;
	typedef T &OUTARGTYPE;
	static ULONG Hash(INARGTYPE str);
	static bool CompareElements(INARGTYPE str1, INARGTYPE str2) throw();
	static int CompareElementsOrdered(INARGTYPE str1, INARGTYPE str2) throw();
};
template <typename T> class CStringRefElementTraits : public CElementTraitsBase<T> {
public:
	static ULONG Hash(const T &str);
	static bool CompareElements(const T &element1, const T &element2) throw();
	static int CompareElementsOrdered(const T &str1, const T &str2) throw();
};
template <typename T> class CAutoPtrElementTraits : public CDefaultElementTraits<CAutoPtr<T> > {
public:
	typedef CAutoPtr<T> &INARGTYPE;
	typedef T *&OUTARGTYPE;
};
template <typename T> class CAutoVectorPtrElementTraits : public CDefaultElementTraits<CAutoVectorPtr<T> > {
public:
	typedef CAutoVectorPtr<T> &INARGTYPE;
	typedef T *&OUTARGTYPE;
};
template <typename I, const IID *piid = nullptr> class CComQIPtrElementTraits
	: public CDefaultElementTraits<CComQIPtr<I, piid> > {
public:
	typedef I *INARGTYPE;
};
template <typename T, class Allocator = CCRTAllocator> class CHeapPtrElementTraits
	: public CDefaultElementTraits<CHeapPtr<T, Allocator> > {
public:
	typedef CHeapPtr<T, Allocator> &INARGTYPE;
	typedef T *&OUTARGTYPE;
};

template <typename E, class ETraits = CElementTraits<E> > class CAtlArray {
public:
	typedef typename ETraits::INARGTYPE INARGTYPE;
	typedef typename ETraits::OUTARGTYPE OUTARGTYPE;
	CAtlArray() throw();
	~CAtlArray() throw();
	size_t Add(INARGTYPE element);
	size_t Add();
	size_t Append(const CAtlArray<E, ETraits> &aSrc);
	void AssertValid() const;
	void Copy(const CAtlArray<E, ETraits> &aSrc);
	void FreeExtra() throw();
	const E &GetAt(size_t iElement) const throw();
	E &GetAt(size_t iElement) throw();
	size_t GetCount() const throw();
	E *GetData() throw();
	const E *GetData() const throw();
	void InsertArrayAt(size_t iStart, const CAtlArray<E, ETraits> *paNew);
	void InsertAt(size_t iElement, INARGTYPE element, size_t nCount = 1);
	bool IsEmpty() const throw();
	void RemoveAll() throw();
	void RemoveAt(size_t iElement, size_t nCount = 1);
	void SetAt(size_t iElement, INARGTYPE element);
	void SetAtGrow(size_t iElement, INARGTYPE element);
	bool SetCount(size_t nNewSize, int nGrowBy = -1);
	const E &operator[](size_t ielement) const throw();
	E &operator[](size_t ielement) throw();
};

template <typename E, class ETraits = CElementTraits<E> > class CAtlList {
public:
	typedef typename ETraits::INARGTYPE INARGTYPE;
	CAtlList(UINT nBlockSize = 10) throw();
	~CAtlList() throw();
	POSITION AddHead();
	POSITION AddHead(INARGTYPE element);
	void AddHeadList(const CAtlList<E, ETraits> *plNew);
	POSITION AddTail();
	POSITION AddTail(INARGTYPE element);
	void AddTailList(const CAtlList<E, ETraits> *plNew);
	void AssertValid() const;
	POSITION Find(INARGTYPE element, POSITION posStartAfter = NULL) const throw();
	POSITION FindIndex(size_t iElement) const throw();
	E &GetAt(POSITION pos) throw();
	const E &GetAt(POSITION pos) const throw();
	size_t GetCount() const throw();
	E &GetHead() throw();
	const E &GetHead() const throw();
	POSITION GetHeadPosition() const throw();
	E &GetNext(POSITION &pos) throw();
	const E &GetNext(POSITION &pos) const throw();
	E &GetPrev(POSITION &pos) throw();
	const E &GetPrev(POSITION &pos) const throw();
	E &GetTail() throw();
	const E &GetTail() const throw();
	POSITION GetTailPosition() const throw();
	POSITION InsertAfter(POSITION pos, INARGTYPE element);
	POSITION InsertBefore(POSITION pos, INARGTYPE element);
	bool IsEmpty() const throw();
	void MoveToHead(POSITION pos) throw();
	void MoveToTail(POSITION pos) throw();
	void RemoveAll() throw();
	void RemoveAt(POSITION pos) throw();
	E RemoveHead();
	void RemoveHeadNoReturn() throw();
	E RemoveTail();
	void RemoveTailNoReturn() throw();
	void SetAt(POSITION pos, INARGTYPE element);
	void SwapElements(POSITION pos1, POSITION pos2) throw();
};

template <typename K, typename V, class KTraits = CElementTraits<K>, class VTraits = CElementTraits<V> > class CAtlMap {
public:
	typedef typename KTraits::INARGTYPE KINARGTYPE;
	typedef typename KTraits::OUTARGTYPE KOUTARGTYPE;
	typedef typename VTraits::INARGTYPE VINARGTYPE;
	typedef typename VTraits::OUTARGTYPE VOUTARGTYPE;
	class CPair : public __POSITION {
	protected:
		CPair(KINARGTYPE key);
	public:
		const K m_key;
		V m_value;
	};
	CAtlMap(UINT nBins = 17, float fOptimalLoad = 0.75f, float fLoThreshold = 0.25f, float fHiThreshold = 2.25f,
		UINT nBlockSize = 10) throw();
	~CAtlMap() throw();
	void AssertValid() const;
	void DisableAutoRehash() throw();
	void EnableAutoRehash() throw();
	void GetAt(POSITION pos, KOUTARGTYPE key, VOUTARGTYPE value) const;
	CPair *GetAt(POSITION pos) throw();
	size_t GetCount() const throw();
	UINT GetHashTableSize() const throw();
	const K &GetKeyAt(POSITION pos) const throw();
	const CPair *GetNext(POSITION &pos) const throw();
	CPair *GetNext(POSITION &pos) throw();
	void GetNextAssoc(POSITION &pos, KOUTARGTYPE key, VOUTARGTYPE value) const;
	const K &GetNextKey(POSITION &pos) const;
	const V &GetNextValue(POSITION &pos) const;
	V &GetNextValue(POSITION &pos);
	POSITION GetStartPosition() const throw();
	V &GetValueAt(POSITION pos) throw();
	const V &GetValueAt(POSITION pos) const throw();
	bool InitHashTable(UINT nBins, bool bAllocNow = true);
	bool IsEmpty() const throw();
	bool Lookup(KINARGTYPE key, VOUTARGTYPE value) const;
	const CPair *Lookup(KINARGTYPE key) const throw();
	CPair *Lookup(KINARGTYPE key) throw();
	void Rehash(UINT nBins = 0);
	void RemoveAll() throw();
	void RemoveAtPos(POSITION pos) throw();
	bool RemoveKey(KINARGTYPE key) throw();
	POSITION SetAt(KINARGTYPE key, VINARGTYPE value);
	void SetOptimalLoad(float fOptimalLoad, float fLoThreshold, float fHiThreshold, bool bRehashNow = false);
	void SetValueAt(POSITION pos, VINARGTYPE value);
	V &operator[](KINARGTYPE key) throw();
};

template <typename K, typename V, class KTraits = CElementTraits<K>, class VTraits = CElementTraits<V> > class CRBTree {
public:
	typedef typename KTraits::INARGTYPE KINARGTYPE;
	typedef typename KTraits::OUTARGTYPE KOUTARGTYPE;
	typedef typename VTraits::INARGTYPE VINARGTYPE;
	typedef typename VTraits::OUTARGTYPE VOUTARGTYPE;
	class CPair : public __POSITION {
	protected:
		CPair(KINARGTYPE key, VINARGTYPE value);
	public:
		const K m_key;
		V m_value;
	};
	~CRBTree() throw();
	POSITION FindFirstKeyAfter(KINARGTYPE key) const throw();
	void GetAt(POSITION pos, KOUTARGTYPE key, VOUTARGTYPE value) const;
	const CPair *GetAt(POSITION pos) const throw();
	CPair *GetAt(POSITION pos) throw();
	size_t GetCount() const throw();
	POSITION GetHeadPosition() const throw();
	const K &GetKeyAt(POSITION pos) const throw();
	const CPair *GetNext(POSITION &pos) const throw();
	CPair *GetNext(POSITION &pos) throw();
	void GetNextAssoc(POSITION &pos, KOUTARGTYPE key, VOUTARGTYPE value) const;
	const K &GetNextKey(POSITION &pos) const throw();
	const V &GetNextValue(POSITION &pos) const throw();
	V &GetNextValue(POSITION &pos) throw();
	const CPair *GetPrev(POSITION &pos) const throw();
	CPair *GetPrev(POSITION &pos) throw();
	POSITION GetTailPosition() const throw();
	const V &GetValueAt(POSITION pos) const throw();
	V &GetValueAt(POSITION pos) throw();
	bool IsEmpty() const throw();
	void RemoveAll() throw();
	void RemoveAt(POSITION pos) throw();
	void SetValueAt(POSITION pos, VINARGTYPE value);
protected:
	CRBTree(size_t nBlockSize = 10) throw();
};
template <typename K, typename V, class KTraits = CElementTraits<K>, class VTraits = CElementTraits<V> > class CRBMap
	: public CRBTree<K, V, KTraits, VTraits> {
public:
	typedef typename KTraits::INARGTYPE KINARGTYPE;
	typedef typename VTraits::INARGTYPE VINARGTYPE;
	typedef typename VTraits::OUTARGTYPE VOUTARGTYPE;
	typedef typename CRBTree<K, V, KTraits, VTraits>::CPair CPair;
	explicit CRBMap(size_t nBlockSize = 10) throw();
	~CRBMap() throw();
	bool Lookup(KINARGTYPE key, VOUTARGTYPE value) const;
	const CPair *Lookup(KINARGTYPE key) const throw();
	CPair *Lookup(KINARGTYPE key) throw();
	bool RemoveKey(KINARGTYPE key) throw();
	POSITION SetAt(KINARGTYPE key, VINARGTYPE value);
};
template <typename K, typename V, class KTraits = CElementTraits<K>, class VTraits = CElementTraits<V> > class CRBMultiMap
	: public CRBTree<K, V, KTraits, VTraits> {
public:
	typedef typename KTraits::INARGTYPE KINARGTYPE;
	typedef typename VTraits::INARGTYPE VINARGTYPE;
	typedef typename CRBTree<K, V, KTraits, VTraits>::CPair CPair;
	explicit CRBMultiMap(size_t nBlockSize = 10) throw();
	~CRBMultiMap() throw();
	POSITION FindFirstWithKey(KINARGTYPE key) const throw();
	const CPair *GetNextWithKey(POSITION &pos, KINARGTYPE key) const throw();
	CPair *GetNextWithKey(POSITION &pos, KINARGTYPE key) throw();
	const V &GetNextValueWithKey(POSITION &pos, KINARGTYPE key) const throw();
	V &GetNextValueWithKey(POSITION &pos, KINARGTYPE key) throw();
	POSITION Insert(KINARGTYPE key, VINARGTYPE value);
	size_t RemoveKey(KINARGTYPE key) throw();
};

template <class E> class CAutoPtrArray : public CAtlArray<CAutoPtr<E>, CAutoPtrElementTraits<E> > {
public:
	CAutoPtrArray() throw();
};
template <class E> class CAutoPtrList : public CAtlList<CAutoPtr<E>, CAutoPtrElementTraits<E> > {
public:
	CAutoPtrList(UINT nBlockSize = 10) throw();
};
template <class E, class Allocator = CCRTAllocator> class CHeapPtrList
	: public CAtlList<CHeapPtr<E, Allocator>, CHeapPtrElementTraits<E, Allocator> > {
public:
	CHeapPtrList(UINT nBlockSize = 10) throw();
};
template <class I, const IID *piid = nullptr> class CInterfaceArray
	: public CAtlArray<CComQIPtr<I, piid>, CComQIPtrElementTraits<I, piid> > {
public:
	CInterfaceArray() throw();
};
template <class I, const IID *piid = nullptr> class CInterfaceList
	: public CAtlList<CComQIPtr<I, piid>, CComQIPtrElementTraits<I, piid> > {
public:
	CInterfaceList(UINT nBlockSize = 10) throw();
};
}
#endif
#endif
